package org.suchi.web;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code suchi users}: the users of a data folder. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Add or list the users who may sign in to `suchi serve` (DIR/users.json, bcrypt hashes).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
public final class UsersCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("usage: suchi users add NAME --role reviewer|analyst|admin --password-stdin [--data DIR] | suchi users list [--data DIR]");
        return 2;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user, or set an existing user's role and password. The password is read from standard input.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "reviewer, analyst or admin")
        String role;

        @Option(names = "--password-stdin", required = true, description = "read the password from the first line of standard input")
        boolean stdin;

        @Option(names = "--data", defaultValue = ".", paramLabel = "DIR", description = "the data folder (default: the current folder)")
        Path data;

        @Override
        public Integer call() throws Exception {
            Role r;
            try {
                r = Role.parse(role);
            } catch (IllegalArgumentException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            }
            String pw = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            try {
                new Users(data).put(name, r, pw);
            } catch (IllegalArgumentException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            }
            System.err.println("suchi users: " + name + " is " + r.id() + " in " + new Users(data).file());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Option(names = "--data", defaultValue = ".", paramLabel = "DIR")
        Path data;

        @Override
        public Integer call() throws Exception {
            new Users(data).all().values().forEach(u -> System.out.println(u.name() + "\t" + u.role().id()));
            return 0;
        }
    }
}
