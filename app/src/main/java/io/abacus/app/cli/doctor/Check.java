package io.abacus.app.cli.doctor;

/**
 * The outcome of one installation check.
 *
 * @param name short id, e.g. {@code sqlite}
 * @param status whether it passed
 * @param detail what was found, or why it failed
 */
public record Check(String name, Status status, String detail) {
  /** Whether a check passed, failed, or did not apply to this installation. */
  public enum Status {
    OK,
    FAILED,
    SKIPPED
  }

  static Check ok(String name, String detail) {
    return new Check(name, Status.OK, detail);
  }

  static Check failed(String name, String detail) {
    return new Check(name, Status.FAILED, detail);
  }

  static Check skipped(String name, String detail) {
    return new Check(name, Status.SKIPPED, detail);
  }
}
