package dev.stg.bench;
class Placeholder {}
