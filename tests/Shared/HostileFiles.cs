using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerLifecycle.Tests.Shared;

/// <summary>A generated input file meant to break a reader: its bytes, how many data rows it holds when its framing is
/// intact (null when it is not: random bytes, a broken quote, an encoding the reader need not read), and what was done to it.</summary>
public sealed record HostileFile(byte[] Bytes, int? DataRows, string Description)
{
    /// <summary>The description and the first bytes, so that a failing case can be written down as a regression file.</summary>
    public override string ToString() =>
        $"{Description} ({Bytes.Length} bytes): {Convert.ToBase64String(Bytes, 0, Math.Min(Bytes.Length, 600))}";
}

/// <summary>FsCheck generators of hostile text files for the readers and the commands: random bytes, broken quoting,
/// extreme numbers and dates, huge fields, other encodings, byte-order marks, duplicate headers, blank lines and stray
/// control characters, built around a header and a valid sample row of the input under test.</summary>
public static class HostileFiles
{
    /// <summary>Cell values that have broken readers elsewhere: non-finite and overflowing numbers, dates at the edges of
    /// the calendar, formulas, control and bidirectional characters, quotes and line breaks.</summary>
    public static readonly string[] HostileValues =
    [
        "", " ", "NaN", "nan", "Infinity", "-Infinity", "∞", "1e308", "-1e308", "1e309", "1e-320", "4.9e-324",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649",
        "-0", "0x1F", "1,5", "1.5.5", "1e30", "00000000000000000000000001", "+5", "5-", "1_000",
        "9999-12-31T23:59:59Z", "9999-12-31", "0001-01-01T00:00:00Z", "0001-01-01", "-0001-01-01", "10000-01-01",
        "2026-02-30", "2026-13-01", "99991231", "1970-01-01T00:00:00+14:00", "2026-03-08T02:30",
        "=1+1", "+1+1", "@SUM(A1)", "-1+1", "\t=1", "\u202Eevil", "\u001b[31mred", "\0", "é中文", "\uFEFF9",
        "\"", "a\"b", "multi\nline", "cr\rcr", "yes", "no", "true", "maybe",
    ];

    /// <summary>Hostile files for a table whose valid form is <paramref name="header"/> followed by rows like <paramref name="sample"/>.</summary>
    public static Arbitrary<HostileFile> Table(string[] header, string[] sample) => Gen.Frequency(
        (1, RandomBytes()),
        (6, Framed(header, sample)),
        (2, Framed(header, sample).SelectMany(BreakQuoting)),
        (1, Framed(header, sample).SelectMany(Reencode))).ToArbitrary();

    /// <summary>Hostile documents (JSON or line-based) built from <paramref name="template"/>, whose <c>{0}</c>, <c>{1}</c>, … are replaced
    /// by hostile values (quoted or not), plus random bytes and truncations.</summary>
    public static Arbitrary<HostileFile> Template(string template, int holes) => Gen.Frequency(
        (1, RandomBytes()),
        (5, Documents(template, holes))).ToArbitrary();

    private static Gen<HostileFile> Documents(string template, int holes) =>
        from values in Gen.ArrayOf(Gen.Elements(HostileValues), holes)
        from quoted in Gen.ArrayOf(Gen.Elements(true, false), holes)
        from bom in Gen.Elements(true, false)
        from cut in Gen.Choose(0, 100)
        select Document(template, values, quoted, bom, cut);

    private static HostileFile Document(string template, string[] values, bool[] quoted, bool bom, int cut)
    {
        var holes = values.Select((v, i) => (object)(quoted[i] ? System.Text.Json.JsonSerializer.Serialize(v) : v)).ToArray();
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, holes);
        if (cut < 10)
        {
            text = text[..(text.Length * cut / 10)];
        }

        return new HostileFile(Encode(text, bom), null, $"document{(bom ? " with BOM" : "")}{(cut < 10 ? " truncated" : "")}");
    }

    private static Gen<HostileFile> RandomBytes() =>
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(bytes => new HostileFile(bytes, null, "random bytes"));

    private static Gen<string> Cell(string sampleValue) => Gen.Frequency(
        (5, Gen.Constant(sampleValue)),
        (4, Gen.Elements(HostileValues)),
        (1, Gen.Choose(1, 3).Select(k => new string('x', k == 1 ? 20_000 : 70_000))),
        (1, Gen.Elements(HostileValues).Select(v => sampleValue + v)));

    private static Gen<HostileFile> Framed(string[] header, string[] sample) =>
        from rowCount in Gen.Choose(0, 8)
        from rows in Gen.ArrayOf(Gen.CollectToSequence(sample.Select(Cell)).Select(r => r.ToArray()), rowCount)
        from duplicate in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        from blankLinesBefore in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from crlf in Gen.Elements(false, true)
        from bom in Gen.Elements(false, true)
        from trailingNewline in Gen.Elements(true, false)
        select Render(header, rows, duplicate, blankLinesBefore, crlf, bom, trailingNewline);

    private static HostileFile Render(string[] header, string[][] rows, bool duplicate, int blankLinesBefore, bool crlf, bool bom, bool trailingNewline)
    {
        var newline = crlf ? "\r\n" : "\n";
        var text = new StringBuilder();
        for (var i = 0; i < blankLinesBefore; i++)
        {
            text.Append(newline);
        }

        string[] columns = duplicate ? [.. header, header[0]] : header;
        text.Append(string.Join(',', columns.Select(Quote)));
        var dataRows = 0;
        foreach (var row in rows)
        {
            var cells = duplicate ? [.. row, row[0]] : row;
            var line = string.Join(',', cells.Select(Quote));
            if (string.IsNullOrWhiteSpace(line))
            {
                continue; // a blank line is no row
            }

            text.Append(newline).Append(line);
            dataRows++;
        }

        if (trailingNewline)
        {
            text.Append(newline);
        }

        var what = $"table of {dataRows} rows{(duplicate ? ", duplicate header" : "")}{(blankLinesBefore > 0 ? ", blank lines first" : "")}{(crlf ? ", CRLF" : "")}{(bom ? ", UTF-8 BOM" : "")}";
        return new HostileFile(Encode(text.ToString(), bom), dataRows, what);
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static Gen<HostileFile> BreakQuoting(HostileFile file) =>
        Gen.Choose(0, Math.Max(0, file.Bytes.Length)).Select(at =>
            new HostileFile([.. file.Bytes.AsSpan(0, at), (byte)'"', .. file.Bytes.AsSpan(at)], null, file.Description + ", stray quote at byte " + at));

    private static Gen<HostileFile> Reencode(HostileFile file) => Gen.Elements("UTF-16LE", "UTF-16BE", "Latin-1", "invalid UTF-8", "NUL bytes").Select(kind =>
    {
        var text = Encoding.UTF8.GetString(file.Bytes);
        byte[] bytes = kind switch
        {
            "UTF-16LE" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "UTF-16BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "Latin-1" => Encoding.Latin1.GetBytes(text + "é"),
            "invalid UTF-8" => [.. file.Bytes, 0xC3, 0x28, 0xFF, (byte)'\n'],
            _ => [.. file.Bytes.Select(b => b == (byte)',' ? (byte)0 : b)],
        };
        return new HostileFile(bytes, null, file.Description + ", " + kind);
    });

    private static byte[] Encode(string text, bool bom) => bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
}
