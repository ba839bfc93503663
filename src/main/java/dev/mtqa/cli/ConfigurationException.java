package dev.mtqa.cli;

/** A problem with what the user asked for, reported as a usage error (exit code 2). */
final class ConfigurationException extends RuntimeException {
    ConfigurationException(String message) {
        super(message);
    }
}
