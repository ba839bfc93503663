/**
 * The HTML report: an index of the whole run and one page per input (per JSONL record with
 * findings) with every finding highlighted in the text, its explanation, and suggested fixes an
 * editor can accept or reject before downloading the cleaned text.
 *
 * <p>Everything shown comes from untrusted text, so the pages are built only by Pebble templates
 * that escape every value (see {@link dev.mtqa.report.html.Templates}); data for the page's script
 * travels as JSON that cannot end its {@code <script>} element ({@link dev.mtqa.report.html.ScriptJson}),
 * and a Content-Security-Policy lets only the report's own inline script and style run. Pages are
 * self-contained: nothing is loaded from the network, and they work opened from disk.
 */
package dev.mtqa.report.html;
