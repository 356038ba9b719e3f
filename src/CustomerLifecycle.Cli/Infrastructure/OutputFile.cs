using System.Text;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// Writes a command's <c>-o</c> file safely, the one way every command that writes a file does it: the target must not
/// be one of the command's inputs (that would destroy the data being read) and must not be a symbolic link (it could
/// point anywhere); the text goes to a temporary file in the same folder, which then replaces the target in one rename,
/// so a reader never sees half a file and a failure leaves the old file intact. A refusal is unusable input (exit 2).
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> (UTF-8, no byte-order mark) to <paramref name="path"/>.</summary>
    /// <param name="path">The target, as given on the command line.</param>
    /// <param name="text">The whole content.</param>
    /// <param name="inputs">The files the command read; the target may be none of them.</param>
    /// <exception cref="UnusableInputException">The target is an input or a symbolic link, or its folder does not exist.</exception>
    public static void Write(string path, string text, params IEnumerable<string?> inputs)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, writer => writer.Write(text), inputs);
    }

    /// <summary>Writes what <paramref name="write"/> writes (UTF-8, no byte-order mark) to <paramref name="path"/>, streamed: the content is never held whole.</summary>
    /// <param name="path">The target, as given on the command line.</param>
    /// <param name="write">Writes the whole content.</param>
    /// <param name="inputs">The files the command read; the target may be none of them.</param>
    /// <exception cref="UnusableInputException">The target is an input or a symbolic link, or its folder does not exist.</exception>
    public static void Write(string path, Action<TextWriter> write, params IEnumerable<string?> inputs)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(
            path,
            stream =>
            {
                using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
                write(writer);
            },
            inputs);
    }

    /// <summary>Writes what <paramref name="write"/> writes to a stream (a binary file such as Parquet) to <paramref name="path"/>, by the same rules.</summary>
    /// <param name="path">The target, as given on the command line.</param>
    /// <param name="write">Writes the whole content to the (seekable) stream of the temporary file.</param>
    /// <param name="inputs">The files the command read; the target may be none of them.</param>
    /// <exception cref="UnusableInputException">The target is an input or a symbolic link, or its folder does not exist.</exception>
    public static void Write(string path, Action<Stream> write, params IEnumerable<string?> inputs)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        var info = new FileInfo(target);
        if (info.LinkTarget is not null)
        {
            throw new UnusableInputException($"-o {path}: is a symbolic link; give the file itself (a link could point anywhere)");
        }

        foreach (var input in inputs.OfType<string>())
        {
            if (SameFile(target, input))
            {
                throw new UnusableInputException($"-o {path}: is one of the command's inputs ({input}); writing it would destroy the data being read");
            }
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new UnusableInputException($"-o {path}: the folder {folder} does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, BufferSize = 1 << 16 }))
            {
                write(stream);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // The same file when the full paths agree after following links (an input given through a link, or "./a.csv").
    private static bool SameFile(string target, string input)
    {
        var full = Path.GetFullPath(input);
        var resolved = File.Exists(full) ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(resolved, target, comparison) || string.Equals(full, target, comparison);
    }
}
