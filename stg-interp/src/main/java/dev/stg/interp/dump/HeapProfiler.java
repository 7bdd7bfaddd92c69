package dev.stg.interp.dump;

import dev.stg.interp.code.InfoTable;
import dev.stg.interp.heap.Heap;
import dev.stg.interp.machine.Machine;
import dev.stg.interp.machine.MachineObserver;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Samples the residency after each collection (and every N steps, by asking for a
 * collection) and writes it in GHC's {@code .hp} format, one band per info table, named
 * {@code KIND:name@line:col}, so hp2ps and other GHC tools read it.
 */
public final class HeapProfiler implements MachineObserver {

    /** ctime(3) without the seconds, as GHC's heap profiler writes DATE. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm yyyy", Locale.ENGLISH);

    /**
     * What places the samples: wall-clock seconds, or the words allocated so far, which are
     * the same in every run of a program, so profiles of two closure modes line up.
     */
    public enum Axis {
        SECONDS("seconds"), ALLOC("words allocated");

        final String unit;

        Axis(String unit) {
            this.unit = unit;
        }
    }

    private final Writer out;
    private final long every;
    private final Axis axis;
    private long samples;
    private final long started = System.nanoTime();
    private long[] bytesByInfo = new long[0];
    private long lastSampleStep;
    private IOException failure;

    /**
     * @param job   the JOB line: the command that ran
     * @param every also sample every this many steps; 0 for collections only
     * @param axis  what sample times count
     */
    public HeapProfiler(Writer out, String job, ZonedDateTime date, long every, Axis axis) throws IOException {
        this.out = out;
        this.every = every;
        this.axis = axis;
        out.write("JOB \"" + job.replace('"', '\'') + "\"\n");
        out.write("DATE \"" + DATE.format(date) + "\"\n");
        out.write("SAMPLE_UNIT \"" + axis.unit + "\"\n");
        out.write("VALUE_UNIT \"bytes\"\n");
        emptySample(0);
    }

    public static HeapProfiler open(Path file, String job, long every, Axis axis) throws IOException {
        return new HeapProfiler(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)), job,
                ZonedDateTime.now(), every, axis);
    }

    /** The samples written so far, the empty first and last ones not counted. */
    public long samples() {
        return samples;
    }

    @Override
    public void afterCollection(Machine machine, long[] registers, int[] liveSlots) {
        lastSampleStep = machine.stats().steps;
        if (failure != null) return;
        try {
            sample(machine, position(machine));
        } catch (IOException e) {
            failure = e;
        }
    }

    @Override
    public long nextCollectionStep(Machine machine) {
        return every > 0 ? lastSampleStep + every : Long.MAX_VALUE;
    }

    /** Right after a collection every object from the static end to hp is live. */
    void sample(Machine machine, double when) throws IOException {
        List<InfoTable> infos = machine.infos().all();
        if (bytesByInfo.length < infos.size()) bytesByInfo = new long[infos.size()];
        Arrays.fill(bytesByInfo, 0);
        Heap heap = machine.heap();
        int at = heap.staticEnd;
        while (at < heap.hp) {
            InfoTable info = machine.info(at);
            int words = info.words();
            bytesByInfo[info.index] += 8L * words;
            at += words;
        }
        samples++;
        out.write("BEGIN_SAMPLE " + time(when) + "\n");
        for (int i = 0; i < infos.size(); i++) {
            if (bytesByInfo[i] > 0) out.write(bandName(infos.get(i)) + "\t" + bytesByInfo[i] + "\n");
        }
        out.write("END_SAMPLE " + time(when) + "\n");
    }

    /** Ends the profile with an empty sample, as GHC does, and closes it. */
    public void finish(Machine machine) throws IOException {
        try (out) {
            if (failure != null) throw failure;
            emptySample(position(machine));
        }
    }

    private void emptySample(double seconds) throws IOException {
        out.write("BEGIN_SAMPLE " + time(seconds) + "\n");
        out.write("END_SAMPLE " + time(seconds) + "\n");
    }

    /** Where a sample taken now goes on the time axis. */
    private double position(Machine machine) {
        return axis == Axis.SECONDS ? (System.nanoTime() - started) / 1e9 : machine.stats().allocWords;
    }

    /** C's {@code %f}, which GHC uses for sample times. */
    static String time(double seconds) {
        return String.format(Locale.ROOT, "%f", seconds);
    }

    /** {@code THUNK:rest@7:20}: one token, as hp2ps reads band names up to white space. */
    static String bandName(InfoTable info) {
        String name = info.kind + ":" + info.name;
        if (info.span != null && info.span.isKnown()) name += "@" + info.span.line() + ":" + info.span.column();
        return name.replaceAll("\\s", "_");
    }
}
