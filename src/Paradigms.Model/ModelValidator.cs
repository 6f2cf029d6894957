using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model;

/// <summary>
/// Runs the rule table over a model and returns every finding at once (errors, warnings and
/// infos), without throwing. The constructors of the model run the same checks and throw
/// <see cref="InvalidModelException"/> on errors; the analyzer runs them at compile time.
/// </summary>
public static class ModelValidator
{
    /// <summary>Returns every finding for a deployment (a deployment that exists has no errors, but may have warnings).</summary>
    /// <param name="deployment">The deployment.</param>
    /// <returns>The findings, in the order the model is checked: NIC, then channels.</returns>
    public static IReadOnlyList<ModelDiagnostic> Validate(Deployment deployment)
    {
        Preconditions.NotNull(deployment, nameof(deployment));
        return Validate(deployment.Paradigm, deployment.Nic, deployment.Channels);
    }

    /// <summary>Returns every finding for a paradigm, NIC and channels that may not form a valid deployment, such as a model read from a file.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="nic">The NIC.</param>
    /// <param name="channels">The logical channels, or null for none.</param>
    /// <returns>The findings, in the order the model is checked: NIC, then channels.</returns>
    public static IReadOnlyList<ModelDiagnostic> Validate(Paradigm paradigm, Nic nic, IEnumerable<LogicalChannel>? channels)
    {
        Preconditions.NotNull(nic, nameof(nic));
        var diagnostics = new List<ModelDiagnostic>();
        if (RuleTable.CheckNic(paradigm, nic.Kind) is { } nicFinding)
        {
            diagnostics.Add(ModelDiagnostic.From(nicFinding, nameof(Deployment.Nic)));
        }

        diagnostics.AddRange(ValidateChannels(paradigm, channels ?? Enumerable.Empty<LogicalChannel>()));
        return diagnostics;
    }

    /// <summary>The findings for each channel under the paradigm.</summary>
    internal static IEnumerable<ModelDiagnostic> ValidateChannels(Paradigm paradigm, IEnumerable<LogicalChannel> channels) =>
        channels
            .Select((channel, index) => (Finding: RuleTable.CheckChannel(paradigm, channel.Kind), Index: index))
            .Where(c => c.Finding is not null)
            .Select(c => ModelDiagnostic.From(c.Finding!, $"{nameof(Deployment.Channels)}[{c.Index}]"));

    /// <summary>Throws <see cref="InvalidModelException"/> when any of <paramref name="diagnostics"/> is an error.</summary>
    internal static void ThrowIfErrors(IEnumerable<ModelDiagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == RuleSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidModelException(errors);
        }
    }

    /// <summary>Throws <see cref="InvalidModelException"/> when <paramref name="finding"/> is an error about <paramref name="member"/>.</summary>
    internal static void ThrowIfError(RuleFinding? finding, string member)
    {
        if (finding is not null)
        {
            ThrowIfErrors([ModelDiagnostic.From(finding, member)]);
        }
    }
}
