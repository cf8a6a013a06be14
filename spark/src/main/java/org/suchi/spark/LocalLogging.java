package org.suchi.spark;

/**
 * Log4j for Spark in this JVM. The core's {@code log4j2.component.properties} picks Log4j's simple logger (for
 * POI, in the product jar); Spark casts its loggers to Log4j core's and needs that implementation. A system
 * property wins over the component file, so it is set before Spark first logs. In local mode Spark's INFO lines are
 * left out ({@code log4j2-local.properties}: warnings and errors on stderr) unless a configuration is given.
 */
public final class LocalLogging {
    private LocalLogging() {}

    public static void useLog4jCore(boolean local) {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.core.impl.Log4jContextFactory");
        if (local && System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:org/suchi/spark/log4j2-local.properties");
        }
    }
}
