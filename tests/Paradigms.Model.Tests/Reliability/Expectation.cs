namespace Paradigms.Model.Tests.Reliability;

/// <summary>
/// What the documentation promises for one input to one entry point, written by hand in the census: refused with
/// a documented exception, not parsed by a <c>TryParse</c>, reported as findings by the model-file reader, or
/// accepted because the value is valid.
/// </summary>
internal abstract record Expectation
{
    private Expectation()
    {
    }

    /// <summary>How the outcome is named in docs/reliability.md.</summary>
    public abstract string Outcome { get; }

    /// <summary>
    /// Refused: an exception of exactly <paramref name="Exception"/>, a type the member's XML documentation lists
    /// (or a base of it), whose <see cref="ArgumentException.ParamName"/> is <paramref name="Parameter"/> when that is
    /// not null, and whose message contains every fragment: the parameter or the text, the value, what is allowed.
    /// </summary>
    public sealed record Refused(Type Exception, string? Parameter, params string[] Fragments) : Expectation
    {
        public override string Outcome => "refused";
    }

    /// <summary>A <c>TryParse</c> that returns false and leaves <c>default</c> in its out value.</summary>
    public sealed record NotParsed : Expectation
    {
        public override string Outcome => "not parsed";
    }

    /// <summary>
    /// Reported without throwing, with exactly these finding ids (in any order, repeats counted): by the validator,
    /// or by the model-file reader, each finding at a line and column and no model when one of them is an error.
    /// </summary>
    public sealed record Reported(params string[] Ids) : Expectation
    {
        public override string Outcome => "reported";
    }

    /// <summary>
    /// Accepted, because the documentation allows the value (zero for a duration, a negative ratio); the result
    /// passes a check written by hand, so a wrong value is not accepted in its place.
    /// </summary>
    public sealed record Accepted(string Why, Func<object?, bool> Check) : Expectation
    {
        public override string Outcome => "accepted";
    }
}
