package dev.stg.interp.dump;

import dev.stg.core.io.InputFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A heap profile in GHC's {@code .hp} format, read back: the job, and bytes per band per sample. */
public final class HpProfile {

    /** One sample: its time and bytes per band. */
    public record Sample(double time, Map<String, Long> bytes) {
    }

    private final String job;
    private final String sampleUnit;
    private final List<Sample> samples;

    private HpProfile(String job, String sampleUnit, List<Sample> samples) {
        this.job = job;
        this.sampleUnit = sampleUnit;
        this.samples = samples;
    }

    public String job() {
        return job;
    }

    /** What sample times count: {@code seconds}, or {@code words allocated} (stg run --profile-axis alloc). */
    public String sampleUnit() {
        return sampleUnit;
    }

    public List<Sample> samples() {
        return samples;
    }

    /** Band names, the largest (by area) first. */
    public List<String> bands() {
        Map<String, Double> area = new HashMap<>();
        for (Sample s : samples) s.bytes.forEach((band, bytes) -> area.merge(band, (double) bytes, Double::sum));
        List<String> names = new ArrayList<>(area.keySet());
        names.sort(Comparator.comparingDouble((String b) -> -area.get(b)).thenComparing(b -> b));
        return names;
    }

    /**
     * @throws InputFile.Unreadable when the file cannot be opened (a usage error)
     * @throws DumpFormatException  when its content is not a profile (a bad input, like a static error)
     */
    public static HpProfile read(Path file) throws DumpFormatException, InputFile.Unreadable {
        InputFile.requireReadable(file);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        } catch (CharacterCodingException e) {
            throw DumpFormatException.notUtf8(file, "a heap profile is ASCII text");
        } catch (IOException e) {
            throw InputFile.unreadable(file, e);
        }
    }

    static HpProfile parse(BufferedReader in, String file) throws IOException, DumpFormatException {
        String job = null;
        String sampleUnit = "seconds";
        List<Sample> samples = new ArrayList<>();
        Map<String, Long> current = null;
        double time = 0;
        int lineNumber = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            Where where = new Where(file, lineNumber, line);
            if (line.isBlank()) continue;
            if (current == null) {
                if (line.startsWith("JOB ")) {
                    job = unquote(where, 4);
                } else if (line.startsWith("SAMPLE_UNIT ")) {
                    sampleUnit = unquote(where, 12);
                } else if (line.startsWith("DATE ") || line.startsWith("VALUE_UNIT ")) {
                    unquote(where, line.indexOf(' ') + 1);
                } else if (line.startsWith("BEGIN_SAMPLE ")) {
                    time = time(where, 13);
                    current = new LinkedHashMap<>();
                } else {
                    throw where.at(1, "expected JOB, DATE, SAMPLE_UNIT, VALUE_UNIT or BEGIN_SAMPLE");
                }
            } else if (line.startsWith("END_SAMPLE ")) {
                if (time(where, 11) != time) throw where.at(12, "END_SAMPLE time differs from its BEGIN_SAMPLE");
                samples.add(new Sample(time, current));
                current = null;
            } else {
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) throw where.at(1, "expected a band line 'name<TAB>bytes' or END_SAMPLE");
                current.merge(line.substring(0, tab), bytes(where, tab + 1), Long::sum);
            }
        }
        if (job == null) throw new DumpFormatException(file + ":1:1: expected a JOB line");
        if (current != null) {
            throw new DumpFormatException(file + ":" + lineNumber + ":1: expected END_SAMPLE before the end of the file");
        }
        return new HpProfile(job, sampleUnit, samples);
    }

    /** A line being read, to report a position on it as {@code file:line:col}. */
    private record Where(String file, int line, String text) {
        DumpFormatException at(int column, String message) {
            return new DumpFormatException(file + ":" + line + ":" + column + ": " + message);
        }

        /** The trimmed text from {@code from} (0-based). */
        String field(int from) {
            return text.substring(from).trim();
        }

        /** The 1-based column where {@link #field} starts. */
        int fieldColumn(int from) {
            int at = from;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
            return at + 1;
        }
    }

    private static final Pattern TIME = Pattern.compile("[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,18}");

    private static String unquote(Where where, int from) throws DumpFormatException {
        String t = where.field(from);
        if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
            throw where.at(where.fieldColumn(from), "expected a quoted string");
        }
        return t.substring(1, t.length() - 1);
    }

    /** A sample time: a finite, non-negative decimal number of seconds (GHC writes {@code 0.25}). */
    private static double time(Where where, int from) throws DumpFormatException {
        String field = where.field(from);
        double time = TIME.matcher(field).matches() ? Double.parseDouble(field) : Double.NaN;
        if (!Double.isFinite(time)) {
            throw where.at(where.fieldColumn(from), "expected a sample time in seconds (a non-negative decimal "
                    + "number such as 0.25), found '" + excerpt(field) + "'");
        }
        return time;
    }

    /** A band's byte count: a non-negative integer below 10^18. */
    private static long bytes(Where where, int from) throws DumpFormatException {
        String field = where.field(from);
        if (!COUNT.matcher(field).matches()) {
            throw where.at(where.fieldColumn(from), "expected a byte count after the tab (a non-negative integer "
                    + "of at most 18 digits), found '" + excerpt(field) + "'");
        }
        return Long.parseLong(field);
    }

    private static String excerpt(String field) {
        return field.length() <= 40 ? field : field.substring(0, 40) + "...";
    }
}
