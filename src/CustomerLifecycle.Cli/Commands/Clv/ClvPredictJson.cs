using System.Text.Json.Serialization;
using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv.Predictions;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>The <c>--json</c> report of <c>clv predict</c>: the parameters used, the fit when one was made, and one row per customer or period.</summary>
internal sealed record ClvPredictJson(
    string File,
    string Model,
    IReadOnlyDictionary<string, double> Parameters,
    double Horizon,
    double? Discount,
    ClvFitJson? Fit,
    IReadOnlyList<RejectedJson> Rejected,
    [property: JsonIgnore] IReadOnlyList<string> Columns,
    IReadOnlyList<object> Predictions,
    [property: JsonIgnore] IReadOnlyList<RejectedRow> RejectedRows)
{
    /// <summary>sbg with <c>--derl</c>: DERL at renewal decisions 1–10.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RenewalJson>? Derl { get; init; }

    /// <summary>With <c>--new-customer</c>: a customer yet to be acquired, over the horizon.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NewCustomerJson? NewCustomer { get; init; }

    /// <summary>With <c>--interval</c>: how the <c>_low</c>/<c>_high</c> columns were made.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClvIntervalJson? Interval { get; init; }
}

/// <summary>DERL of a contractual customer facing renewal decision n (n − 1 renewals made), in discounted periods.</summary>
internal sealed record RenewalJson(int Renewal, double Value);

/// <summary>Expected repeat purchases over the horizon of a customer yet to be acquired (the model's unconditional E[X(t)]).</summary>
internal sealed record NewCustomerJson(double ExpectedPurchases);

/// <summary>
/// The method in words, its kind (<c>normal</c> or <c>bootstrap</c>), the coverage, the draws (or converged bootstrap
/// replicates) used, the seed, and the bootstrap replicates left out, of the parameter-uncertainty intervals.
/// </summary>
internal sealed record ClvIntervalJson(string Method, string Kind, double Level, int Draws, int Seed, int FailedReplicates)
{
    public static ClvIntervalJson Of(string method, ClvIntervalMethod kind, double level, int draws, int seed, int failed) =>
        new(method, kind == ClvIntervalMethod.ParametricBootstrap ? "bootstrap" : "normal", level, draws, seed, failed);
}

/// <summary>One BG/BB customer (or weighted row): expected transactions in the next horizon opportunities, P(alive at n + 1), DERT.</summary>
internal sealed record DiscretePredictionJson(
    string? CustomerId,
    int Frequency,
    int Recency,
    int Periods,
    double Weight,
    double ExpectedPurchases,
    double PAlive,
    double? Dert)
{
    /// <summary>With <c>--interval</c>: <c>&lt;column&gt;_low</c>/<c>_high</c> in order; null for a value that is not finite.</summary>
    [JsonExtensionData]
    public Dictionary<string, object?> Extra { get; } = [];
}

/// <summary>One sBG period: observed and expected survivors, survival S(t), retention r(t), DERL after t renewals.</summary>
internal sealed record CohortPredictionJson(
    int Period,
    double? Alive,
    double ExpectedAlive,
    double Survival,
    double? Retention,
    double? Derl)
{
    /// <summary>With <c>--interval</c>: <c>&lt;column&gt;_low</c>/<c>_high</c> in order; null where the quantity is absent (retention of period 0).</summary>
    [JsonExtensionData]
    public Dictionary<string, object?> Extra { get; } = [];
}

/// <summary>One customer of a continuous-time model: expected purchases in (T, T + horizon], P(alive at T), and with monetary values the Gamma-Gamma spend and CLV.</summary>
internal sealed record ContinuousPredictionJson(
    string? CustomerId,
    double Frequency,
    double Recency,
    [property: JsonPropertyName("T")] double T,
    double ExpectedPurchases,
    double PAlive,
    double? ExpectedSpend,
    double? Clv)
{
    /// <summary>The optional columns in order (dert, then <c>&lt;column&gt;_low</c>/<c>_high</c>); null for a value that is not finite.</summary>
    [JsonExtensionData]
    public Dictionary<string, object?> Extra { get; } = [];
}
