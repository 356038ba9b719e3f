using System.CommandLine;
using System.Globalization;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using NodaTime;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// The options of every command that reads a text table (<c>--encoding</c>, <c>--culture</c>, <c>--decimal-separator</c>,
/// <c>--strict</c>), turned into the library's <see cref="TextTableOptions"/>; library failures become unusable input
/// (exit 2, one line); rejection totals go to stderr.
/// </summary>
internal sealed class TextInput
{
    private const int Shown = 20;

    private readonly Option<string?> _encoding = new("--encoding")
    {
        Description = "Encoding of the input files (e.g. utf-8, utf-16, gb18030, windows-1252); by default a byte-order mark decides, else UTF-8.",
    };

    private readonly Option<string?> _culture = new("--culture")
    {
        Description = "Culture whose decimal separator numbers and amounts use (e.g. fr-FR reads 1 234,50); without it, amounts that cultures read differently are rejected.",
    };

    private readonly Option<string?> _decimalSeparator = new("--decimal-separator")
    {
        Description = "Decimal separator of numbers and amounts: '.' or ','; an alternative to --culture.",
    };

    private readonly Option<bool> _strict = new("--strict")
    {
        Description = "Treat any rejected row as unusable input (exit 2) instead of reporting it.",
    };

    // False on a command whose own --culture is the language of its labels (scorecard, report): there the numbers' decimal
    // separator is given with --decimal-separator, and one option name never means two things.
    private bool _withCulture = true;

    // False on a command whose own --strict says more (clv fit and predict with covariates).
    private bool _withStrict = true;

    /// <summary>Adds the options to a command (all but <c>--culture</c> when the command already has one, and all but
    /// <c>--strict</c> when <paramref name="strict"/> is false: the command's own option says what strict means there).</summary>
    public void AddTo(Command command, bool strict = true)
    {
        _withCulture = !command.Options.Any(o => o.Name == "--culture");
        _withStrict = strict;
        command.Options.Add(_encoding);
        if (_withCulture)
        {
            command.Options.Add(_culture);
        }

        command.Options.Add(_decimalSeparator);
        if (strict)
        {
            command.Options.Add(_strict);
        }
    }

    /// <summary>The library options the command line asks for.</summary>
    public TextTableOptions Resolve(ParseResult parse, DateTimeZone zone)
    {
        var culture = _withCulture ? parse.GetValue(_culture) : null;
        var separator = parse.GetValue(_decimalSeparator);
        if (culture is not null && separator is not null)
        {
            throw new UnusableInputException("--culture and --decimal-separator: give one of them");
        }

        return new TextTableOptions
        {
            Encoding = parse.GetValue(_encoding) is { } name ? Library(() => TextEncodings.FromName(name), "--encoding") : null,
            Numbers = culture is not null ? Library(() => NumberConvention.ForCulture(CultureInfo.GetCultureInfo(culture.Trim(), predefinedOnly: true)), "--culture")
                : separator is not null ? Library(() => NumberConvention.WithDecimalSeparator(separator.Trim() is [var c] ? c : '?'), "--decimal-separator")
                : NumberConvention.Unspecified,
            Zone = zone,
            Strict = _withStrict && parse.GetValue(_strict),
        };
    }

    /// <summary>Opens a file as a text table and reads it; a library refusal (no file, no column, strict rejection) becomes unusable input.</summary>
    public static T Read<T>(string path, TextTableOptions options, Func<TextTable, T> read)
    {
        return Read(() =>
        {
            using var table = TextTable.OpenFile(path, options);
            return read(table);
        });
    }

    /// <summary>Runs a library step whose strict-mode or table refusal is unusable input.</summary>
    public static T Read<T>(Func<T> step) => ImportSession.Guard(step);

    /// <summary>
    /// Reports rejected rows on stderr when there are any: "path: N of M rows rejected (x %)", then each of the first 20
    /// with line, reason and code, then how many more.
    /// </summary>
    public static void WarnRejected(string path, IReadOnlyList<RejectedRow> rejected, int rows, string what = "rejected")
    {
        if (rejected.Count == 0)
        {
            return;
        }

        Console.Error.WriteLine($"{path}: {RejectionTotal.Describe(rejected.Count, rows).Replace(" rejected", " " + what, StringComparison.Ordinal)}");
        foreach (var r in rejected.Take(Shown))
        {
            Console.Error.WriteLine($"{path}: {ParquetFiles.Position(path)} {r.Line}: {r.Reason} ({r.Code})");
        }

        if (rejected.Count > Shown)
        {
            Console.Error.WriteLine($"{path}: … and {rejected.Count - Shown} more");
        }
    }

    private static T Library<T>(Func<T> resolve, string option)
    {
        try
        {
            return resolve();
        }
        catch (Exception ex) when (ex is ArgumentException or CultureNotFoundException)
        {
            throw new UnusableInputException($"{option}: {ex.Sentence()}", ex);
        }
    }
}
