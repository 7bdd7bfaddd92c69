package dev.stg.interp.cli;

import picocli.CommandLine;

import java.util.Locale;

/**
 * Parses a heap size in bytes with an optional K, M or G suffix (as GHC's {@code +RTS -M}),
 * converted to 8-byte words.
 */
final class Sizes implements CommandLine.ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        char last = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
        if (last == 'K' || last == 'M' || last == 'G') {
            unit = last == 'K' ? 1L << 10 : last == 'M' ? 1L << 20 : 1L << 30;
            v = v.substring(0, v.length() - 1);
        }
        long bytes;
        try {
            bytes = Long.parseLong(v) * unit;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 512M or 2G");
        }
        long words = bytes / 8;
        if (words < 4096 || words > Integer.MAX_VALUE - 16) {
            throw new CommandLine.TypeConversionException("'" + value + "' must be between 32K and 15G");
        }
        return (int) words;
    }
}
