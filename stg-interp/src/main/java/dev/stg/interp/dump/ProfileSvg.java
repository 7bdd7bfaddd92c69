package dev.stg.interp.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A heap profile as an SVG stacked area chart (what hp2ps draws): time across, bytes up, the
 * largest band at the bottom, the smallest bands merged into one "(other)" band.
 */
public final class ProfileSvg {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;
    private static final int LEFT = 80;
    private static final int RIGHT = 300;
    private static final int TOP = 50;
    private static final int BOTTOM = 50;
    private static final int MAX_BANDS = 12;
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#86bcb6", "#d37295", "#cccccc"};

    private ProfileSvg() {
    }

    public static String render(HpProfile profile) {
        List<String> bands = new ArrayList<>(profile.bands());
        boolean other = bands.size() > MAX_BANDS;
        List<String> shown = other ? bands.subList(0, MAX_BANDS - 1) : bands;
        List<HpProfile.Sample> samples = profile.samples();
        int n = samples.size();
        double[][] values = new double[shown.size() + (other ? 1 : 0)][n];
        double maxTime = 0;
        double maxTotal = 0;
        for (int s = 0; s < n; s++) {
            HpProfile.Sample sample = samples.get(s);
            double total = 0;
            for (var entry : sample.bytes().entrySet()) {
                int band = shown.indexOf(entry.getKey());
                values[band >= 0 ? band : shown.size()][s] += entry.getValue();
                total += entry.getValue();
            }
            maxTime = Math.max(maxTime, sample.time());
            maxTotal = Math.max(maxTotal, total);
        }
        if (maxTime == 0) maxTime = 1;
        if (maxTotal == 0) maxTotal = 1;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"25\" font-size=\"15\">%s</text>%n", LEFT,
                escape(profile.job())));
        double[] base = new double[n];
        for (int b = 0; b < values.length; b++) {
            StringBuilder points = new StringBuilder();
            for (int s = 0; s < n; s++) {
                points.append(point(samples.get(s).time(), base[s] + values[b][s], maxTime, maxTotal, plotW, plotH));
            }
            for (int s = n - 1; s >= 0; s--) points.append(point(samples.get(s).time(), base[s], maxTime, maxTotal, plotW, plotH));
            for (int s = 0; s < n; s++) base[s] += values[b][s];
            svg.append(String.format(Locale.ROOT, "<polygon fill=\"%s\" stroke=\"none\" points=\"%s\"/>%n",
                    COLOURS[b % COLOURS.length], points.toString().trim()));
        }
        axes(svg, profile.sampleUnit(), maxTime, maxTotal, plotW, plotH);
        for (int b = values.length - 1; b >= 0; b--) {
            int row = values.length - 1 - b;
            int y = TOP + 10 + row * 20;
            int x = WIDTH - RIGHT + 20;
            String label = b < shown.size() ? shown.get(b) : "(other)";
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    x, y - 10, COLOURS[b % COLOURS.length]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x + 18, y, escape(label)));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void axes(StringBuilder svg, String unit, double maxTime, double maxTotal, double plotW,
                             double plotH) {
        int x0 = LEFT;
        int y0 = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>%n",
                x0, y0, x0 + plotW, y0));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                x0, y0, x0, TOP));
        double timeStep = tickStep(maxTime, 1000);
        for (double t = 0; t <= maxTime * (1 + 1e-9); t += timeStep) {
            double x = x0 + plotW * t / maxTime;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>%n",
                    x, y0, x, y0 + 5));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x, y0 + 20, tickLabel(t, timeStep, 1000)));
        }
        double byteStep = tickStep(maxTotal, 1024);
        for (double b = 0; b <= maxTotal * (1 + 1e-9); b += byteStep) {
            double y = y0 - plotH * b / maxTotal;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"black\"/>%n",
                    x0 - 5, y, x0, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    x0 - 8, y + 4, tickLabel(b, byteStep, 1024)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                x0 + plotW / 2, HEIGHT - 12, escape(unit)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">bytes</text>%n",
                x0 - 40, TOP - 10));
    }

    private static String point(double time, double bytes, double maxTime, double maxTotal, double plotW, double plotH) {
        return String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + plotW * time / maxTime,
                HEIGHT - BOTTOM - plotH * bytes / maxTotal);
    }

    /**
     * A step of 1, 2 or 5 times a power of ten, in units of {@code base} to the power that
     * keeps the numbers small (K, M, G of 1000 or 1024), giving 4 to 10 ticks up to {@code max}.
     */
    static double tickStep(double max, int base) {
        double unit = 1;
        while (max / unit >= base * 10.0 && unit < Math.pow(base, 3)) unit *= base;
        double raw = max / unit / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
        return nice * power * unit;
    }

    /** A tick value with the suffix of the unit its step is counted in: {@code 250K}, {@code 1.5M}, {@code 0.02}. */
    static String tickLabel(double value, double step, int base) {
        if (value == 0) return "0";
        String[] suffixes = {"", "K", "M", "G"};
        int k = 0;
        double unit = 1;
        while (k < 3 && step >= unit * base) {
            unit *= base;
            k++;
        }
        double scaled = value / unit;
        double scaledStep = step / unit;
        int decimals = scaledStep >= 1 ? 0 : (int) Math.ceil(-Math.log10(scaledStep) - 1e-9);
        return String.format(Locale.ROOT, "%." + decimals + "f%s", scaled, suffixes[k]);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
