package org.mutualis;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mutualis.analysis.cli.AnalyseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the server, or with {@code analyse ...} runs the command-line analysis without it (no
 * database, no Spring context: it starts in a second).
 */
@SpringBootApplication
public class MutualisApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("analyse")) {
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(AnalyseCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, err));
        }
        SpringApplication.run(MutualisApplication.class, args);
    }
}
