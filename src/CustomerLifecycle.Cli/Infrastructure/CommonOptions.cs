using System.CommandLine;
using System.Globalization;
using NodaTime;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>Options several commands share, with their parsing and validation (bad values are unusable input: exit 2).</summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print one JSON object instead of tables." };

    /// <summary>
    /// The one rule for the zone of every command, in its help: <c>--zone</c> when given; otherwise the zone of the
    /// contact calendar the command plans on (the follow-up commands: the embedded sample calendar's, Asia/Shanghai);
    /// otherwise UTC.
    /// </summary>
    public const string ZoneRule = "the zone rule of every command: --zone when given, else the zone of the contact calendar the command plans on (the follow-up commands: Asia/Shanghai), else UTC";

    public static Option<string?> Zone() => new("--zone")
    {
        Description = $"IANA time zone (e.g. Asia/Shanghai) for time stamps without an offset and for calendar periods; UTC by default ({ZoneRule}).",
    };

    public static DateTimeZone ResolveZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return DateTimeZone.Utc;
        }

        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim())
            ?? throw new UnusableInputException($"--zone: unknown IANA time zone '{id}' (e.g. Asia/Shanghai, Europe/London)");
    }

    /// <summary>
    /// A probability strictly between 0 and 1, at least 10⁻⁹ away from both (closer, a normal quantile such as the z of
    /// a 0.9999999999999999 confidence level is infinite and every interval would be too).
    /// </summary>
    public static double Probability(double value, string option) => value is >= 1e-9 and <= 1d - 1e-9
        ? value
        : throw new UnusableInputException($"{option}: must be strictly between 0 and 1 and at most 0.999999999 (e.g. 0.95); got {value.ToString("R", CultureInfo.InvariantCulture)}");
}
