/**
 * Self-contained HTML reports ({@link org.socialprescribing.report.html.HtmlReports}): one file, no scripts, no
 * request at view time (a {@code default-src 'none'} content security policy says so to the browser), charts as
 * inline SVG drawn by JFreeChart and written by Batik's SVG generator, each with a title, a description and the
 * table of its figures beside it, in the Okabe-Ito colour-blind-safe palette.
 */
@NullMarked
package org.socialprescribing.report.html;

import org.jspecify.annotations.NullMarked;
