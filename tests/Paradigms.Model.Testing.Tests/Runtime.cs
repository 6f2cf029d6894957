using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Testing.Tests;

/// <summary>
/// What the library itself reports for parts at run time, asked without the kit's <see cref="ModelParts.Validate"/>:
/// the model is built with its constructor, and then the validator is run on it; an error is the exception the
/// constructor throws, an <see cref="InvalidModelException"/> with its ids, or an input refused with a rule's id
/// at the start of its message.
/// </summary>
internal static partial class Runtime
{
    public static IReadOnlyList<(string Id, RuleSeverity Severity)> Findings(ModelParts parts)
    {
        try
        {
            var warnings = parts switch
            {
                DeploymentParts deployment => ModelValidator.Validate(deployment.Build()),
                PhysicalNicParts nic => ModelValidator.Validate(nic.Build()),
                _ => Built(parts),
            };
            return [.. warnings.Select(d => (d.Id, d.Severity))];
        }
        catch (InvalidModelException error)
        {
            if (error.Id != error.Diagnostics[0].Id)
            {
                throw new InvalidOperationException($"InvalidModelException.Id is {error.Id}, its first diagnostic {error.Diagnostics[0].Id}.");
            }

            return [.. error.Diagnostics.Select(d => (d.Id, d.Severity))];
        }
        catch (ArgumentOutOfRangeException error) when (RuleId().Match(error.Message) is { Success: true } id)
        {
            return [(id.Groups[1].Value, RuleSeverity.Error)];
        }
    }

    /// <summary>Builds the parts that have no validator of their own; a model that builds has nothing to report.</summary>
    private static IReadOnlyList<ModelDiagnostic> Built(ModelParts parts)
    {
        _ = parts switch
        {
            WorkloadParts workload => (object)workload.Build(),
            WasmLinearMemoryParts memory => memory.Build(),
            IoLossParts loss => loss.Build(),
            NicParts nic => nic.Build(),
            LogicalChannelParts channel => channel.Build(),
            EncapsulationParts layer => layer.Build(),
            EncapsulationStackParts stack => stack.Build(),
            _ => throw new ArgumentOutOfRangeException(nameof(parts), parts, "no such parts"),
        };
        return [];
    }

    [GeneratedRegex(@"^(PM\d{4}): ")]
    private static partial Regex RuleId();
}
