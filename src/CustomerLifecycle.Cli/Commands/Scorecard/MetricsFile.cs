using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Scorecards;
using MetricsReader = CustomerLifecycle.Data.Scorecards.MetricsFile;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary>
/// The metrics a scorecard kind read with the library's metrics reader (a <c>metric,value</c> table or a JSON object),
/// and the figures it takes from them.
/// </summary>
internal sealed record MetricsFile(string Path, ImportResult<MetricValue> Import)
{
    /// <summary>Reads a file, accepting only the given metrics (each at most once, within its range).</summary>
    public static MetricsFile Read(string path, IReadOnlyCollection<MetricSpec> specs, ImportSession? session = null) =>
        new(path, (session ?? new ImportSession(new CustomerLifecycle.Data.Text.TextTableOptions())).Read(path, options => MetricsReader.ReadFile(path, specs, options)));

    /// <summary>The accepted value of a name, or null when the file does not give it.</summary>
    public double? ValueOf(string name) => Import.Accepted.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>The value of a metric a computation cannot do without, or <see cref="UnusableInputException"/> naming it.</summary>
    public double Require(string name) => ValueOf(name)
        ?? throw new UnusableInputException($"{Path}: no usable value for '{name}' (see the rejected rows above, or add a row '{name},<value>')");
}
