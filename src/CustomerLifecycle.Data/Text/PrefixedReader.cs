namespace CustomerLifecycle.Data.Text;

/// <summary>A reader that first returns text already read (the line delimiter detection looked at), then the rest.</summary>
internal sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
{
    private int _position;

    public override int Peek() => _position < prefix.Length ? prefix[_position] : rest.Peek();

    public override int Read() => _position < prefix.Length ? prefix[_position++] : rest.Read();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
