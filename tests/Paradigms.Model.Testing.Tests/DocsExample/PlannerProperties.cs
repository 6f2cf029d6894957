using System.Linq;
using FsCheck.Xunit;
using Paradigms.Model;
using Paradigms.Model.Decisions;
using Paradigms.Model.Testing;

namespace CapacityPlanner.Tests;

public class PlannerProperties
{
    // Workloads under every paradigm, with requests inside the documents' ranges.
    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) })]
    public bool An_estimate_never_holds_less_memory_than_the_workload_asks_for(Workload workload) =>
        ResourceModelTool.ModelResources(workload).Memory.Min >= workload.MemoryRequest;

    // Valid by default: a generated deployment builds, and the validator finds nothing in it.
    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) })]
    public bool A_generated_deployment_has_nothing_to_report(Deployment deployment) =>
        ModelValidator.Validate(deployment).Count == 0;

    // An invalid model carries the one rule id the library must report for it.
    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) })]
    public bool An_invalid_model_is_reported_with_its_id(InvalidModel model) =>
        model.Parts.Validate().Single().Id == model.ExpectedId;
}
