using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>The <c>--json</c> report of <c>clv summarize</c>; the summary rows are included when no <c>-o</c> file was given.</summary>
internal sealed record ClvSummarizeJson(
    string File,
    string Period,
    string PurchaseGrouping,
    string ObservationEnd,
    string? CalibrationEnd,
    int Transactions,
    int Customers,
    int ExcludedCustomers,
    double? HoldoutLength,
    string? Output,
    IReadOnlyList<RejectedJson> Rejected,
    IReadOnlyList<RejectedJson> UnknownAmounts,
    string? Currency,
    IReadOnlyList<SummaryRowJson>? Summary)
{
    public static ClvSummarizeJson From(string file, TransactionSummaryOptions options, int transactions, TransactionSummary summary, string? currency, string? output, bool hasAmounts) => new(
        file,
        options.Unit.ToString().ToLowerInvariant(),
        options.PurchaseGrouping.ToString().ToLowerInvariant(),
        ClvSummarizeCommand.Iso(options.ObservationEnd),
        options.CalibrationEnd is { } c ? ClvSummarizeCommand.Iso(c) : null,
        transactions,
        summary.Customers.Count,
        summary.Excluded.Count,
        summary.HoldoutLength,
        output,
        RejectedJson.From(summary.Rejected),
        RejectedJson.From(summary.UnknownValues),
        currency,
        output is not null ? null : summary.Customers.Select((s, i) => new SummaryRowJson(
            s.Customer?.Value,
            s.Frequency,
            s.Recency,
            s.Age,
            hasAmounts ? s.MonetaryValue : null,
            summary.Holdout?[i].Frequency,
            hasAmounts ? summary.Holdout?[i].MonetaryValue : null)).ToArray());
}

/// <summary>One customer's row in the JSON report; T is written as <c>t</c> (snake_case).</summary>
internal sealed record SummaryRowJson(
    string? CustomerId,
    double Frequency,
    double Recency,
    double T,
    decimal? MonetaryValue,
    double? FrequencyHoldout,
    decimal? MonetaryValueHoldout);
