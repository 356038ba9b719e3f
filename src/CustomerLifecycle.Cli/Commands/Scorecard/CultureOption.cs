using System.CommandLine;
using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary>The <c>--culture</c> option of the scorecard and report commands: the language of labels and verdicts.</summary>
internal static class CultureOption
{
    public static Option<string> Create() => new("--culture")
    {
        Description = "Language of labels and verdicts: en (default) or zh-CN. Numbers are always printed the same way.",
        DefaultValueFactory = _ => "en",
    };

    /// <summary>The UI culture for a value of the option, or exit 2 for any other value.</summary>
    public static CultureInfo Resolve(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "EN" or "EN-US" or "EN-GB" => CultureInfo.GetCultureInfo("en"),
        "ZH-CN" or "ZH" or "ZH-HANS" => CultureInfo.GetCultureInfo("zh-CN"),
        _ => throw new UnusableInputException($"--culture: expected en or zh-CN; got '{value}'"),
    };

    /// <summary>Whether the culture is Chinese.</summary>
    public static bool IsChinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";
}
