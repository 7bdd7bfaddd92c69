package dev.stg.interp;
class Placeholder {}
