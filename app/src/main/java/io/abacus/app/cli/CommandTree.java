package io.abacus.app.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Adds the root's subcommands to its command line, building in full only what the arguments name.
 * Picocli reads every option, field and method of a command it builds, which for the whole tree is
 * most of a short command's time (issue 20). For the root's help the others are added as outlines
 * (name, aliases, description), which is all that help lists.
 */
final class CommandTree {
  /** Root options that take a value: the word after them is not a command. */
  private static final List<String> VALUE_OPTIONS = List.of("--data-dir");

  private CommandTree() {}

  /**
   * Adds to {@code root} in full the subcommand {@code args} name (for {@code help NAME}, the one
   * after {@code help}). Only the root's help lists the others, as outlines; else they are left
   * out.
   */
  static void addSubcommands(
      CommandLine root, List<Class<?>> subcommands, String[] args, IFactory factory) {
    List<String> words = commandWords(args);
    boolean helpCommand = !words.isEmpty() && "help".equals(words.get(0));
    String wanted = words.isEmpty() ? null : words.get(helpCommand ? words.size() - 1 : 0);
    if (!helpCommand && wanted != null) {
      for (Class<?> type : subcommands) {
        if (names(type.getAnnotation(Command.class), wanted)) { // reads this class only
          root.addSubcommand(build(type, words, factory));
          return;
        }
      }
    }
    if (helpCommand || asksForHelp(args)) {
      for (Class<?> type : subcommands) {
        Command command = type.getAnnotation(Command.class);
        if (names(command, wanted) || "help".equals(command.name())) {
          root.addSubcommand(new CommandLine(type, factory));
        } else {
          root.addSubcommand(command.name(), new CommandLine(outline(command)));
        }
      }
    }
  }

  /**
   * Command {@code type} with its subcommands. A plain group (a class that only carries its
   * annotation, such as {@code payout}) whose subcommand the second word names gets that one in
   * full under its outline with the standard help options: picocli would otherwise build every
   * sibling (issue 20: {@code payout run} 13 ms of CPU alone, 30 ms with its five siblings). Any
   * other case, the group's own help and an unknown word among them, builds it all.
   */
  private static CommandLine build(Class<?> type, List<String> words, IFactory factory) {
    Command command = type.getAnnotation(Command.class);
    if (words.size() > 1 && isPlainGroup(type)) {
      for (Class<?> sub : command.subcommands()) {
        if (names(sub.getAnnotation(Command.class), words.get(1))) {
          CommandSpec group =
              outline(command).mixinStandardHelpOptions(command.mixinStandardHelpOptions());
          return new CommandLine(group, factory).addSubcommand(new CommandLine(sub, factory));
        }
      }
    }
    return new CommandLine(type, factory);
  }

  /** A command class with no fields, methods or interfaces: all it says is in its annotation. */
  static boolean isPlainGroup(Class<?> type) {
    return type.getDeclaredFields().length == 0
        && type.getDeclaredMethods().length == 0
        && type.getInterfaces().length == 0
        && type.getSuperclass() == Object.class
        && type.getAnnotation(Command.class).subcommands().length > 0;
  }

  /** The words of {@code args} that are not options or option values, up to {@code --}. */
  static List<String> commandWords(String[] args) {
    List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < args.length && words.size() < 2; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        break;
      } else if (VALUE_OPTIONS.contains(arg)) {
        i++;
      } else if (!arg.startsWith("-")) {
        words.add(arg);
      }
    }
    return words;
  }

  private static boolean asksForHelp(String[] args) {
    List<String> all = List.of(args);
    return all.contains("-h") || all.contains("--help");
  }

  private static boolean names(Command command, String word) {
    return word != null
        && (command.name().equals(word) || List.of(command.aliases()).contains(word));
  }

  /**
   * A command with the name, aliases, header and description of {@code command}, and nothing to
   * run.
   */
  private static CommandSpec outline(Command command) {
    CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
    spec.usageMessage()
        .header(command.header())
        .description(command.description())
        .hidden(command.hidden());
    return spec;
  }
}
