using System.Globalization;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary>One <c>lifecycle scorecard &lt;kind&gt;</c>: reads its input file and computes the scorecard.</summary>
internal interface IScorecardKind
{
    /// <summary>The subcommand name (activation, lifecycle, funnel, flywheel, value, quality).</summary>
    string Name { get; }

    /// <summary>The subcommand's help text.</summary>
    string Description { get; }

    /// <summary>The input argument's help text: the file format.</summary>
    string InputDescription { get; }

    /// <summary>Reads the input through the session (strict mode, rejection totals) and computes; throws <see cref="Infrastructure.UnusableInputException"/> when the input cannot be used.</summary>
    ScorecardOutcome Compute(string path, CultureInfo culture, Infrastructure.ImportSession session);
}

/// <summary>What a scorecard kind computed: the report section (also drawn on the console), the JSON and the rejected rows.</summary>
internal sealed record ScorecardOutcome(ReportSection Section, ScorecardOutputJson Json, IReadOnlyList<RejectedRow> Rejected);
