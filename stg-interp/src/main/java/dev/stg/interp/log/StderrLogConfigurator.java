package dev.stg.interp.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The CLI's Logback configuration, found by Logback as a service: warnings and errors on standard
 * error, or the level named by {@code STG_LOG} (environment variable or system property;
 * {@code STG_LOG=debug} shows every collection). Configuring in code rather than from
 * {@code logback.xml} spares every start-up Logback's XML parser and pattern compiler, which
 * loaded about 600 classes.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class StderrLogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(started(new LevelLoggerMessageLayout(), context));
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(LogLevel.wanted(), Level.WARN));
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static LayoutBase<ILoggingEvent> started(LayoutBase<ILoggingEvent> layout, LoggerContext context) {
        layout.setContext(context);
        layout.start();
        return layout;
    }

    /** {@code DEBUG Collector: message}, then any exception: the pattern {@code %-5level %logger{0}: %msg%n}. */
    static final class LevelLoggerMessageLayout extends LayoutBase<ILoggingEvent> {
        @Override
        public String doLayout(ILoggingEvent event) {
            String logger = event.getLoggerName();
            StringBuilder line = new StringBuilder(80);
            String level = event.getLevel().toString();
            line.append(level).append(" ".repeat(Math.max(0, 5 - level.length())))
                    .append(' ').append(logger, logger.lastIndexOf('.') + 1, logger.length())
                    .append(": ").append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                line.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
            return line.toString();
        }
    }
}
