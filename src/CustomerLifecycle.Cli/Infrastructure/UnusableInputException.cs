namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>Thrown by a command when its input cannot be used at all; the entry point prints the message on one line of stderr and exits with <see cref="ExitCodes.UnusableInput"/>.</summary>
internal sealed class UnusableInputException : Exception
{
    public UnusableInputException(string message)
        : base(message)
    {
    }

    public UnusableInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnusableInputException()
    {
    }
}
