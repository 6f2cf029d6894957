namespace Paradigms.Model.Cli.Tests.Census;

/// <summary>
/// What the documentation promises for one run: refused as bad input (exit code 2), reported as a model a rule refuses
/// (exit code 1, with the rule's id), or accepted (exit code 0), with the texts the message or the answer must hold.
/// </summary>
/// <param name="Outcome">The outcome as the census table counts it: refused, reported or accepted.</param>
/// <param name="ExitCode">The exit code the run must end with.</param>
/// <param name="Texts">What stderr (refused, reported) or stdout (accepted, or a check report) must contain.</param>
/// <param name="InReport">Whether the texts are on stdout although the run failed: <c>check</c> reports rule findings there.</param>
internal sealed record CensusVerdict(string Outcome, int ExitCode, IReadOnlyList<string> Texts, bool InReport = false)
{
    /// <summary>Refused where it enters: exit code 2, nothing on stdout, each text on stderr.</summary>
    public static CensusVerdict Refused(params string[] stderr) => new("refused", 2, stderr);

    /// <summary>Read, then refused by a rule: exit code 1, nothing on stdout, the rule's id and each text on stderr.</summary>
    public static CensusVerdict Reported(string id, params string[] stderr) => new("reported", 1, [id, .. stderr]);

    /// <summary>Read, then refused by a rule, as <c>check</c> reports it: exit code 1, the rule's id and each text in the report on stdout, nothing on stderr.</summary>
    public static CensusVerdict ReportedByCheck(string id, params string[] stdout) => new("reported", 1, [id, .. stdout], InReport: true);

    /// <summary>A value the documentation allows: exit code 0, nothing on stderr, each text on stdout.</summary>
    public static CensusVerdict Accepted(params string[] stdout) => new("accepted", 0, stdout);
}
