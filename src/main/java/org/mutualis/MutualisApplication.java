package org.mutualis;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mutualis.analysis.cli.AnalyseCommand;
import org.mutualis.census.cli.FilesCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the server, or with {@code analyse ...}, {@code workbook ...} or {@code check ...} runs the
 * command line without it (no
 * database, no Spring context: it starts in a second).
 */
@SpringBootApplication
public class MutualisApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("analyse")) {
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(AnalyseCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, err));
        }
        if (args.length > 0 && (args[0].equals("workbook") || args[0].equals("check"))) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(FilesCommand.run(args, out, err));
        }
        SpringApplication.run(MutualisApplication.class, args);
    }
}
