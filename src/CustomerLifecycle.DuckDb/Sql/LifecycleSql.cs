using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.DuckDb.Sql;

/// <summary>
/// The transaction-level steps of the library as portable SQL texts, to run where the data lives (a warehouse, Spark,
/// PostgreSQL, DuckDB), and a binder that turns their named placeholders (<c>:observation_end</c>) into literals.
/// </summary>
/// <remarks>
/// <para>The texts are standard SQL (GROUP BY, window functions, CASE) that PostgreSQL and DuckDB run unchanged; the
/// documentation page "From a data warehouse" lists what Spark SQL and BigQuery spell differently. Each text reads
/// fixed table names (<c>transactions</c>, <c>customer_summary</c>, <c>survey_responses</c>, the funnel's tables),
/// which the caller provides as tables or views; the header comment of each text states its input, parameters and
/// output.</para>
/// <para>Placeholders are <c>:name</c> (Spark's named parameter markers). Engines with other markers can take the
/// text from <see cref="Bind"/>, which writes the values as typed literals (<c>DATE '2026-01-31'</c>,
/// <c>'week'</c>, <c>42</c>).</para>
/// </remarks>
public static partial class LifecycleSql
{
    /// <summary>One row per customer: frequency, recency, age, mean repeat value, holdout activity (parameters
    /// <c>:observation_end</c>, <c>:calibration_end</c>, <c>:period_unit</c>, <c>:purchase_grouping</c>).</summary>
    public static string CustomerSummary { get; } = Load("customer_summary.sql");

    /// <summary>The weighted unique (frequency, recency, age) rows of <c>customer_summary</c>, for a model fit.</summary>
    public static string WeightedRows { get; } = Load("weighted_rows.sql");

    /// <summary>The weighted unique (frequency, mean value) rows of the repeat buyers in <c>customer_summary</c>, for a
    /// Gamma-Gamma spend fit.</summary>
    public static string GammaGammaInputs { get; } = Load("gamma_gamma_inputs.sql");

    /// <summary>Promoter, passive and detractor counts of <c>survey_responses</c> by segment and calendar period
    /// (parameter <c>:nps_period</c>).</summary>
    public static string NpsTallies { get; } = Load("nps_tallies.sql");

    /// <summary>Customers reaching each funnel stage in a period (parameters <c>:period_start</c>,
    /// <c>:period_end</c>, <c>:population</c>).</summary>
    public static string FunnelCounts { get; } = Load("funnel_counts.sql");

    /// <summary>The rows of <c>weighted_rows</c> in the layout of the tool's <c>clv fit</c> and <c>clv predict</c>, with a row key
    /// in <c>customer_id</c> to join the predictions back.</summary>
    public static string FitRows { get; } = Load("fit_rows.sql");

    /// <summary>The placeholder values of <see cref="CustomerSummary"/> for a summariser's options.</summary>
    /// <param name="options">The options; <see cref="TransactionSummaryOptions.Zone"/> is not a parameter (the text
    /// reads local dates).</param>
    /// <returns>observation_end, calibration_end (the observation end when there is no holdout), period_unit,
    /// purchase_grouping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static IReadOnlyDictionary<string, object> SummaryParameters(TransactionSummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["observation_end"] = options.ObservationEnd,
            ["calibration_end"] = options.CalibrationEnd ?? options.ObservationEnd,
            ["period_unit"] = options.Unit,
            ["purchase_grouping"] = options.PurchaseGrouping,
        };
    }

    /// <summary>Replaces every <c>:name</c> placeholder of <paramref name="sql"/> by its value written as a SQL literal.</summary>
    /// <param name="sql">A text with placeholders (one of this class's, or the caller's own).</param>
    /// <param name="parameters">Values by name: a <see cref="LocalDate"/> (a DATE literal), a <see cref="PeriodUnit"/>
    /// (<c>'day'</c>, <c>'week'</c>, <c>'month'</c>), a string (quoted, quotes doubled), or an integer.</param>
    /// <returns>The text with literals in place of the placeholders; comments and quoted text are left alone.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A placeholder has no value, a value has no placeholder, or a value is of
    /// another type.</exception>
    public static string Bind(string sql, IReadOnlyDictionary<string, object> parameters)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(parameters);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new StringBuilder(sql.Length);
        var last = 0;
        foreach (Match m in Token().Matches(sql))
        {
            if (!m.Groups["name"].Success)
            {
                continue; // a comment, a quoted text or a "::" cast
            }

            var name = m.Groups["name"].Value;
            if (!parameters.TryGetValue(name, out var value))
            {
                throw new ArgumentException($"The SQL text has the placeholder :{name}, but no value was given for it.", nameof(parameters));
            }

            used.Add(name);
            result.Append(sql, last, m.Index - last).Append(Literal(name, value));
            last = m.Index + m.Length;
        }

        var unused = parameters.Keys.Where(k => !used.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unused.Count > 0)
        {
            throw new ArgumentException($"The SQL text has no placeholder for {string.Join(", ", unused.Select(u => ":" + u))}.", nameof(parameters));
        }

        return result.Append(sql, last, sql.Length - last).ToString();
    }

    /// <summary>The text of a unit or grouping as the SQL texts spell it: <c>day</c>, <c>week</c> or <c>month</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The lower-case name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not day, week or month.</exception>
    public static string UnitName(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => "day",
        PeriodUnit.Week => "week",
        PeriodUnit.Month => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "The SQL texts know day, week and month."),
    };

    private static string Literal(string name, object? value) => value switch
    {
        LocalDate d => string.Create(CultureInfo.InvariantCulture, $"DATE '{d:uuuu-MM-dd}'"),
        PeriodUnit u => $"'{UnitName(u)}'",
        string s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new ArgumentException(
            $"The value of :{name} is {(value is null ? "null" : "a " + value.GetType().Name)}; expected a LocalDate, PeriodUnit, string or integer.",
            nameof(value)),
    };

    private static string Load(string file)
    {
        using var stream = typeof(LifecycleSql).Assembly.GetManifestResourceStream("CustomerLifecycle.DuckDb.Sql." + file)
            ?? throw new InvalidOperationException($"The SQL text {file} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // Comments and quoted texts are matched (and skipped) first, so a colon inside them is no placeholder.
    [GeneratedRegex(@"--[^\n]*|'(?:[^']|'')*'|""(?:[^""]|"""")*""|::|(?<![\w:]):(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
