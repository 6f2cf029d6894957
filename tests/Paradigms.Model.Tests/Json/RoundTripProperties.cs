using FsCheck.Xunit;
using Paradigms.Model.Decisions;
using Paradigms.Model.Json;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests.Json;

/// <summary>What <see cref="ModelJson"/> writes, it reads back to an equal value, for every model type a file holds.</summary>
[Properties(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 200)]
public class RoundTripProperties
{
    [Property]
    public bool Nic_round_trips(Nic nic) => ModelJson.DeserializeNic(ModelJson.Serialize(nic)) == nic;

    [Property]
    public bool LogicalChannel_round_trips(LogicalChannel channel) => ModelJson.DeserializeChannel(ModelJson.Serialize(channel)) == channel;

    [Property]
    public bool EncapsulationStack_round_trips(EncapsulationStack stack) =>
        ModelJson.DeserializeEncapsulationStack(ModelJson.Serialize(stack)) == stack;

    [Property]
    public bool PhysicalNic_round_trips(PhysicalNic nic) => ModelJson.DeserializePhysicalNic(ModelJson.Serialize(nic)) == nic;

    [Property]
    public bool Deployment_round_trips(Deployment deployment) => ModelJson.DeserializeDeployment(ModelJson.Serialize(deployment)) == deployment;

    [Property]
    public bool Workload_round_trips(Workload workload) => ModelJson.DeserializeWorkload(ModelJson.Serialize(workload)) == workload;

    [Property]
    public bool Requirements_round_trip(Requirements requirements) => ModelJson.DeserializeRequirements(ModelJson.Serialize(requirements)) == requirements;

    [Property(MaxTest = 100)]
    public bool ModelFile_round_trips(ModelFile file) => ModelJson.DeserializeModelFile(ModelJson.Serialize(file)) == file;

    [Property(MaxTest = 100)]
    public bool The_checker_reads_a_written_file_back_with_no_error_and_the_validators_warnings(ModelFile file)
    {
        var result = ModelFileReader.ReadText(ModelJson.Serialize(file), "written.json");
        var warnings = file.Deployments.SelectMany(entry => ModelValidator.Validate(entry.Deployment)).Select(d => (d.Id, d.Severity, d.Message)).Order();
        return result.Status == ModelFileStatus.Valid
            && result.Model == file
            && result.Diagnostics.Select(d => (d.Id, d.Severity, d.Message)).Order().SequenceEqual(warnings);
    }
}
