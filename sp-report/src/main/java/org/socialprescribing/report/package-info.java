/**
 * What social prescribing asks of the VCSE and what it gives people, as tables and pages a reader can check: the
 * demand, capacity and funding ledger of onward referrals ({@link org.socialprescribing.report.DemandLedger}), the
 * funding flows it sets against demand ({@link org.socialprescribing.report.FundingFlow}), and, in subpackages,
 * the tables and their small-number suppression ({@code table}), the outcomes of a cohort ({@code outcomes}) and
 * self-contained HTML reports with accessible SVG charts ({@code html}).
 */
@NullMarked
package org.socialprescribing.report;

import org.jspecify.annotations.NullMarked;
