package org.suchi.cli;

import java.util.List;

/**
 * Commands that live outside the product jar (the tools module: the synthetic-report generator, benches, model
 * training) and join {@code suchi}'s command line when their jar is on the class path. Found with
 * {@link java.util.ServiceLoader}; each element of {@link #commands()} is a picocli command object.
 */
public interface ToolCommands {
    List<Object> commands();
}
