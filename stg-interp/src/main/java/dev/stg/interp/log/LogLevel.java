package dev.stg.interp.log;

import java.util.Locale;
import java.util.Set;

/**
 * The level {@code STG_LOG} asks for (environment variable or system property), read without
 * SLF4J: code that logs only below warnings asks {@link #debug()} first, so a run that prints
 * no log line never starts Logback (about 90 classes and a service lookup at every start-up).
 */
public final class LogLevel {

    private static final Set<String> DEBUG_OR_FINER = Set.of("DEBUG", "TRACE", "ALL");

    private LogLevel() {
    }

    /** The level name asked for, or null for the default (warnings). */
    public static String wanted() {
        return System.getProperty("STG_LOG", System.getenv("STG_LOG"));
    }

    /** Whether debug messages are printed. */
    public static boolean debug() {
        String wanted = wanted();
        return wanted != null && DEBUG_OR_FINER.contains(wanted.toUpperCase(Locale.ROOT));
    }
}
