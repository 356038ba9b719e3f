namespace CustomerLifecycle.Data.Text;

/// <summary>Chooses the delimiter of a table from its header line (see <see cref="TextDelimiter.Auto"/>).</summary>
internal static class DelimiterDetection
{
    private static readonly (char Character, TextDelimiter Delimiter)[] Candidates =
    [
        (',', TextDelimiter.Comma), ('\t', TextDelimiter.Tab), (';', TextDelimiter.Semicolon), ('|', TextDelimiter.Pipe),
    ];

    public static TextDelimiter Detect(string header)
    {
        var counts = new int[Candidates.Length];
        var inQuotes = false;
        foreach (var c in header)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
                continue;
            }

            for (var i = 0; !inQuotes && i < Candidates.Length; i++)
            {
                if (c == Candidates[i].Character)
                {
                    counts[i]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        if (counts[best] > 0)
        {
            return Candidates[best].Delimiter;
        }

        var trimmed = header.Trim();
        return trimmed.Contains(' ', StringComparison.Ordinal) && !trimmed.Contains('"', StringComparison.Ordinal)
            ? TextDelimiter.Whitespace
            : TextDelimiter.Comma;
    }
}
