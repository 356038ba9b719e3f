using System.Globalization;
using System.Runtime.CompilerServices;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// Reads customer-summary rows straight from the fields of a <see cref="TextTable"/>. A row whose fields are plain
/// (finite numbers, an id within the length limit, a plain decimal amount) and meet every rule of
/// <see cref="CustomerSummaryRecordValidator"/> becomes a <see cref="CustomerSummary"/> without any text record; any
/// other row goes through <see cref="CustomerSummaryImporter"/> as text, so rejections keep their codes and reasons and
/// the rules have one authority.
/// </summary>
internal sealed class SummaryRowReader
{
    private readonly TextTable _table;
    private readonly int _frequency;
    private readonly int _recency;
    private readonly int _age;
    private readonly int _customer;
    private readonly int _value;
    private readonly int _weight;
    private readonly bool _plainAmounts;
    private CustomerSummaryImporter? _importer;
    private CustomerIdSet? _ids;
    private CustomerSummary? _imported;

    public SummaryRowReader(TextTable table)
    {
        _table = table;
        _frequency = table.Require("frequency", "x");
        _recency = table.Require("recency", "t_x");
        _age = table.Require("T");
        _customer = table.IndexOf("customer_id", "ID");
        _value = table.IndexOf("monetary_value", "zbar");
        _weight = table.IndexOf("weight", "weights");
        _plainAmounts = table.Options.Numbers.DecimalSeparator is null or '.';
    }

    public bool HasMonetaryValues => _value >= 0;

    public bool HasWeights => _weight >= 0;

    /// <summary>Whether the table has a customer id column (duplicate ids are then looked for across all rows).</summary>
    public bool HasCustomers => _customer >= 0;

    /// <summary>The rejected rows so far, in source order.</summary>
    public List<RejectedRow> Rejected { get; } = [];

    /// <summary>The rows read so far (accepted and rejected).</summary>
    public int RowCount { get; private set; }

    /// <summary>Reads every row: the accepted summaries with their lines, and the rejected rows.</summary>
    public (ImportResult<CustomerSummary> Import, int[] AcceptedLines) ReadAll()
    {
        var accepted = new List<CustomerSummary>();
        var lines = new List<int>();
        while (TryReadAccepted(out var row, out var line))
        {
            accepted.Add(ToSummary(row));
            lines.Add(line);
        }

        return (new ImportResult<CustomerSummary>(accepted.ToArray(), Rejected.ToArray()), lines.ToArray());
    }

    /// <summary>
    /// The customer id of the row <see cref="TryReadAccepted"/> moved to, trimmed; empty when it has none. Valid until the
    /// next read.
    /// </summary>
    public ReadOnlySpan<char> Customer => _imported is { } summary ? (summary.Customer?.Value).AsSpan() : _table.Field(_customer).Trim();

    /// <summary>The accepted row <see cref="TryReadAccepted"/> moved to, as a summary object.</summary>
    /// <param name="row">Its values.</param>
    public CustomerSummary ToSummary(in SummaryValues row)
    {
        if (_imported is { } summary)
        {
            return summary;
        }

        var id = Customer;
        return row.ToSummary(id.IsEmpty ? null : CustomerId.From(id.ToString()));
    }

    /// <summary>
    /// Moves to the next accepted row, adding every rejected row on the way to <see cref="Rejected"/>; a plain row
    /// allocates nothing (a new customer id is copied once into the arena that finds duplicates).
    /// </summary>
    /// <param name="row">The accepted row's values.</param>
    /// <param name="line">The physical line it starts on.</param>
    /// <returns>False at the end of the table.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadAccepted(out SummaryValues row, out int line)
    {
        while (_table.TryReadRecord(out line))
        {
            RowCount++;
            _imported = null;
            if (_table.HasExtraFields())
            {
                Rejected.Add(new RejectedRow(line, TextTable.ExtraFieldsCode, _table.ExtraFieldsReason()));
                continue;
            }

            if (!TryPlain(out row))
            {
                var one = (_importer ??= new CustomerSummaryImporter()).Import([Record(line)]);
                if (one.Rejected.Count > 0)
                {
                    Rejected.Add(one.Rejected[0]);
                    continue;
                }

                _imported = one.Accepted[0];
                row = SummaryValues.Of(_imported);
            }

            if (_customer >= 0 && !IsNew(line))
            {
                continue;
            }

            return true;
        }

        row = default;
        return false;
    }

    /// <summary>Whether the current row's customer id (if any) is new; a repeated one is added to <see cref="Rejected"/>.</summary>
    private bool IsNew(int line)
    {
        var id = Customer;
        if (id.IsEmpty || (_ids ??= new CustomerIdSet()).TryAdd(id, line, out var first))
        {
            return true;
        }

        Rejected.Add(new RejectedRow(line, "customer_id.duplicate", $"customer_id \"{id}\" already appeared on line {first}"));
        return false;
    }

    /// <summary>The values of a row whose fields are plain and valid; false sends the row to the importer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryPlain(out SummaryValues row)
    {
        row = default;
        if (!TryNumber(_table.Field(_frequency), out var x) || x < 0d || Math.Floor(x) != x
            || !TryNumber(_table.Field(_age), out var t) || t <= 0d
            || !TryNumber(_table.Field(_recency), out var tx) || tx < 0d || tx > t || (x == 0d && tx != 0d))
        {
            return false;
        }

        if (_table.Field(_customer).Trim().Length > CustomerId.MaxLength)
        {
            return false;
        }

        decimal? value = null;
        var money = _table.Field(_value).Trim();
        if (!money.IsEmpty)
        {
            if (!_plainAmounts || !PlainDecimal.TryParse(money, out var m))
            {
                return false;
            }

            value = m;
        }

        var weight = 1d;
        var w = _table.Field(_weight);
        if (!w.IsWhiteSpace() && (!TryNumber(w, out weight) || weight <= 0d))
        {
            return false;
        }

        row = new SummaryValues(x, tx, t, value, weight);
        return true;
    }

    /// <summary>The row as text, its amount read as people write it (<see cref="MoneyText"/>) when it can be.</summary>
    private CustomerSummaryRecord Record(int line)
    {
        var money = Text(_value);
        if (MoneyText.TryParse(money, _table.Options.Numbers, out var amount, out _))
        {
            money = amount.Value.ToString(CultureInfo.InvariantCulture);
        }

        return new CustomerSummaryRecord(line, Number(_frequency), Number(_recency), Number(_age), Text(_customer), money, Number(_weight));
    }

    /// <summary>A number field as the validator reads it: with a decimal comma convention (<see cref="TextTableOptions.Numbers"/>),
    /// a number written that way is handed on in the invariant form; any other text as written (and refused there).</summary>
    private string? Number(int index)
    {
        var text = Text(index);
        return _plainAmounts || text is null || !NumberText.TryParseDouble(text, _table.Options.Numbers, out var value, out _)
            ? text
            : value.ToString("R", CultureInfo.InvariantCulture);
    }

    private string? Text(int index) => _table.HasField(index) ? _table.Field(index).ToString() : null;

    /// <summary>A finite number in the invariant culture, as <see cref="CustomerSummaryRecordValidator"/> reads one.</summary>
    private static bool TryNumber(ReadOnlySpan<char> text, out double value) => PlainDecimal.TryParseDouble(text, out value);
}
