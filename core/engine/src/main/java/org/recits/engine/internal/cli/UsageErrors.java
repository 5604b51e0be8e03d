package org.recits.engine.internal.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.recits.api.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's own usage errors (missing option, unknown option or command, "did you mean", a value it cannot
 * convert) in the language of the run: picocli writes them in English only, so they are recognised by type and
 * said again with the engine's texts. Exit code 2, and the help command to look at.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private final Messages messages;
    private final PrintWriter err;
    /** The command line being parsed, to name an option as it was typed. */
    private String[] args = new String[0];

    UsageErrors(Messages messages, PrintWriter err) {
        this.messages = messages;
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException thrown, String[] args) {
        this.args = args;
        ParameterException e = rootCause(thrown);
        err.println(messages.get("error.prefix") + " " + message(e));
        if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            err.println(messages.get("usage.didYouMean", String.join(", ", u.getSuggestions())));
        }
        err.println(messages.get("usage.help", e.getCommandLine().getCommandSpec().qualifiedName()));
        err.flush();
        return RecitsCli.USAGE;
    }

    /**
     * picocli checks required options before it complains of unknown ones: {@code check --dta x} would say
     * "--data missing" when the cause is the misspelt {@code --dta}, so an unknown argument is said first.
     */
    private static ParameterException rootCause(ParameterException e) {
        CommandLine cl = e.getCommandLine();
        if (e instanceof MissingParameterException && cl != null && !cl.getUnmatchedArguments().isEmpty()) {
            return new UnmatchedArgumentException(cl, cl.getUnmatchedArguments());
        }
        return e;
    }

    /** The error in the run's words; a ParameterException of the engine's own is already in them. */
    String message(ParameterException e) {
        if (e instanceof MissingParameterException m) {
            List<ArgSpec> missing = m.getMissing();
            boolean options = missing.stream().allMatch(ArgSpec::isOption);
            return messages.get(options ? "usage.missingOption" : "usage.missingParameter", missing.size(),
                    missing.stream().map(this::name).collect(Collectors.joining(", ")));
        }
        if (e instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (u.isUnknownOption()) {
                return messages.get("usage.unknownOption", first);
            }
            return messages.get("usage.unmatched", String.join(" ", unmatched), unmatched.size());
        }
        if (e instanceof OverwrittenOptionException o) {
            return messages.get("usage.twice", name(o.getOverwritten()));
        }
        if (e instanceof MaxValuesExceededException) {
            return messages.get("usage.tooMany", e.getCommandLine().getCommandSpec().qualifiedName());
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            ArgSpec arg = e.getArgSpec();
            Class<?> type = arg.type();
            if (type.isEnum()) {
                return messages.get("usage.badChoice", name(arg), e.getValue(), java.util.Arrays
                        .stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")));
            }
            if (type == int.class || type == Integer.class) {
                return messages.get("usage.notANumber", name(arg), e.getValue());
            }
            return messages.get("usage.badValue", name(arg), e.getValue());
        }
        return e.getMessage();
    }

    /**
     * An option by the name the user typed ({@code --seuil} or {@code --threshold}), else its longest, with its
     * parameter label; a positional parameter by its label.
     */
    private String name(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            String name = java.util.Arrays.stream(args)
                    .filter(a -> java.util.Arrays.stream(o.names()).anyMatch(n -> a.equals(n) || a.startsWith(n + "=")))
                    .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
                    .findFirst().orElse(o.longestName());
            return o.arity().max() == 0 ? name : name + " " + o.paramLabel();
        }
        return arg.paramLabel();
    }
}
