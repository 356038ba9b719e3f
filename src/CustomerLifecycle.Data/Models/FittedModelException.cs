namespace CustomerLifecycle.Data.Models;

/// <summary>A saved fitted model that cannot be used, with the kind of problem and one sentence saying what it is.</summary>
public sealed class FittedModelException : Exception
{
    /// <summary>Makes the exception.</summary>
    /// <param name="problem">The kind of problem.</param>
    /// <param name="message">One sentence naming the problem.</param>
    public FittedModelException(FittedModelProblem problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    /// <summary>Makes the exception with a generic message (kind <see cref="FittedModelProblem.Format"/>).</summary>
    public FittedModelException()
        : this(FittedModelProblem.Format, "not a fitted-model document")
    {
    }

    /// <summary>Makes the exception with a message only (kind <see cref="FittedModelProblem.Format"/>).</summary>
    /// <param name="message">One sentence naming the problem.</param>
    public FittedModelException(string message)
        : this(FittedModelProblem.Format, message)
    {
    }

    /// <summary>Makes the exception with a message and its cause (kind <see cref="FittedModelProblem.Format"/>).</summary>
    /// <param name="message">One sentence naming the problem.</param>
    /// <param name="innerException">The cause.</param>
    public FittedModelException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = FittedModelProblem.Format;
    }

    /// <summary>The kind of problem.</summary>
    public FittedModelProblem Problem { get; }
}
