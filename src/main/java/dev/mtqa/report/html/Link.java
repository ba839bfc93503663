package dev.mtqa.report.html;

/**
 * A link to a page of the report: {@code href} is a page name this report gave (never text from
 * the input), or null when the input has no page.
 */
record Link(String label, String href) {
}
