using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Paradigms.Model.Decisions;
using Paradigms.Model.Json;
using Paradigms.Model.Networking;
using Xunit;

namespace Paradigms.Model.Testing.Tests.Json;

/// <summary>
/// Every valid model the kit generates validates clean, and survives a JSON round trip: <see cref="ModelJson"/>
/// reads back what it wrote to an equal value, and <see cref="ModelFileReader"/> reads the written model file with
/// no finding at all and to an equal model (issue 7, item 2).
/// </summary>
/// <remarks>
/// A model file holds deployments, workloads and requirements. The parts a file holds only inside a deployment
/// (a NIC, a channel, an uplink, a stack) are written inside one: under each paradigm whose validator finds
/// nothing for the NIC or the channel, and for an uplink or a stack, inside a container's veth deployment, which no
/// rule touches.
/// </remarks>
[Properties(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 150)]
public class ValidModelJsonTests
{
    /// <summary>The NIC of each paradigm's own I/O path (Net §05.2.2, §05.3), which its deployment attaches with no finding.</summary>
    private static readonly Dictionary<Paradigm, Nic> NativeNic = new()
    {
        [Paradigm.Virtualization] = Nic.E1000(),
        [Paradigm.Paravirtualization] = Nic.VirtioNet(),
        [Paradigm.Containerization] = Nic.Veth(),
        [Paradigm.Sandboxing] = Nic.WasiSocket(),
    };

    [Property]
    public void A_deployment_validates_clean_and_round_trips(Deployment deployment)
    {
        Assert.Empty(ModelValidator.Validate(deployment));
        Assert.Equal(deployment, ModelJson.DeserializeDeployment(ModelJson.Serialize(deployment)));
        ReadsBackClean(new ModelFile(deployments: [new NamedDeployment(deployment, "generated")]));
    }

    [Property]
    public void A_workload_round_trips(Workload workload)
    {
        Assert.Equal(workload, ModelJson.DeserializeWorkload(ModelJson.Serialize(workload)));
        ReadsBackClean(new ModelFile(workloads: [workload]));
    }

    [Property]
    public void Requirements_round_trip(Requirements requirements)
    {
        Assert.Equal(requirements, ModelJson.DeserializeRequirements(ModelJson.Serialize(requirements)));
        ReadsBackClean(new ModelFile(requirements: requirements));
    }

    [Property]
    public void A_nic_round_trips_and_reads_clean_wherever_the_validator_finds_nothing(Nic nic)
    {
        Assert.Equal(nic, ModelJson.DeserializeNic(ModelJson.Serialize(nic)));
        var clean = Enum.GetValues<Paradigm>().Where(paradigm => ModelValidator.Validate(paradigm, nic).Count == 0).ToList();
        Assert.NotEmpty(clean); // every kind of NIC belongs to some paradigm (Net §05)
        foreach (var paradigm in clean)
        {
            ReadsBackClean(new ModelFile(deployments: [new NamedDeployment(new Deployment(paradigm, nic))]));
        }
    }

    [Property]
    public void A_channel_round_trips_and_reads_clean_wherever_the_validator_finds_nothing(LogicalChannel channel)
    {
        Assert.Equal(channel, ModelJson.DeserializeChannel(ModelJson.Serialize(channel)));
        var clean = NativeNic.Where(pair => ModelValidator.Validate(pair.Key, pair.Value, [channel]).Count == 0).ToList();
        Assert.NotEmpty(clean); // every kind of channel is terminated under some paradigm (Net §04.2)
        foreach (var (paradigm, nic) in clean)
        {
            ReadsBackClean(new ModelFile(deployments: [new NamedDeployment(new Deployment(paradigm, nic, [channel]))]));
        }
    }

    [Property]
    public void A_physical_nic_validates_clean_and_round_trips(PhysicalNic uplink)
    {
        Assert.Empty(ModelValidator.Validate(uplink));
        Assert.Equal(uplink, ModelJson.DeserializePhysicalNic(ModelJson.Serialize(uplink)));
        ReadsBackClean(new ModelFile(deployments: [new NamedDeployment(new Deployment(Paradigm.Containerization, Nic.Veth(), uplink: uplink))]));
    }

    [Property]
    public void A_stack_round_trips(EncapsulationStack stack)
    {
        Assert.Equal(stack, ModelJson.DeserializeEncapsulationStack(ModelJson.Serialize(stack)));
        ReadsBackClean(new ModelFile(deployments: [new NamedDeployment(new Deployment(Paradigm.Containerization, Nic.Veth(), encapsulation: stack))]));
    }

    [Fact]
    public void The_native_nics_attach_with_no_finding()
    {
        foreach (var (paradigm, nic) in NativeNic)
        {
            Assert.Empty(ModelValidator.Validate(paradigm, nic));
        }
    }

    /// <summary>Writes the file, reads it back with the checker: no finding, and an equal model.</summary>
    private static void ReadsBackClean(ModelFile file)
    {
        var json = ModelJson.Serialize(file);
        var result = ModelFileReader.ReadText(json, "generated.json");
        Assert.True(result.Diagnostics.IsEmpty, $"{json}\n{string.Join("\n", result.Diagnostics)}");
        Assert.Equal(ModelFileStatus.Valid, result.Status);
        Assert.Equal(file, result.Model);
    }
}
