package dev.stg.interp.dump;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public static HpProfile read(Path file) throws DumpFormatException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new DumpFormatException(file + ": no such file");
        } catch (IOException e) {
            throw new DumpFormatException(file + ": cannot read: " + e.getMessage());
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
            String where = file + ":" + lineNumber + ": ";
            if (line.isBlank()) continue;
            if (current == null) {
                if (line.startsWith("JOB ")) {
                    job = unquote(line.substring(4), where);
                } else if (line.startsWith("SAMPLE_UNIT ")) {
                    sampleUnit = unquote(line.substring(12), where);
                } else if (line.startsWith("DATE ") || line.startsWith("VALUE_UNIT ")) {
                    unquote(line.substring(line.indexOf(' ') + 1), where);
                } else if (line.startsWith("BEGIN_SAMPLE ")) {
                    time = number(line.substring(13), where);
                    current = new LinkedHashMap<>();
                } else {
                    throw new DumpFormatException(where + "expected JOB, DATE, SAMPLE_UNIT, VALUE_UNIT or BEGIN_SAMPLE");
                }
            } else if (line.startsWith("END_SAMPLE ")) {
                if (number(line.substring(11), where) != time) {
                    throw new DumpFormatException(where + "END_SAMPLE time differs from its BEGIN_SAMPLE");
                }
                samples.add(new Sample(time, current));
                current = null;
            } else {
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) throw new DumpFormatException(where + "expected a band line 'name<TAB>bytes' or END_SAMPLE");
                try {
                    current.merge(line.substring(0, tab), Long.parseLong(line.substring(tab + 1).trim()), Long::sum);
                } catch (NumberFormatException e) {
                    throw new DumpFormatException(where + "expected a byte count after the tab");
                }
            }
        }
        if (job == null) throw new DumpFormatException(file + ":1: expected a JOB line");
        if (current != null) throw new DumpFormatException(file + ":" + lineNumber + ": expected END_SAMPLE before the end of the file");
        return new HpProfile(job, sampleUnit, samples);
    }

    private static String unquote(String s, String where) throws DumpFormatException {
        String t = s.trim();
        if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
            throw new DumpFormatException(where + "expected a quoted string");
        }
        return t.substring(1, t.length() - 1);
    }

    private static double number(String s, String where) throws DumpFormatException {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new DumpFormatException(where + "expected a sample time in seconds");
        }
    }
}
