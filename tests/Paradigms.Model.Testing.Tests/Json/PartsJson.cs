using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Paradigms.Model.Testing.Tests.Json;

/// <summary>
/// Writes a model's parts as a model file (docs/model-files.md), whether or not the parts build: an invalid
/// model cannot be given to <see cref="Model.Json.ModelJson"/>, which writes only models that exist. Enum values by
/// their C# names, quantities as text with their units, absent values left out, as the format says.
/// </summary>
internal static class PartsJson
{
    /// <summary>Whether a model file can hold the parts: deployments, links (as a deployment's uplink) and workloads.</summary>
    public static bool CanHold(ModelParts parts) => parts is DeploymentParts or PhysicalNicParts or WorkloadParts;

    /// <summary>
    /// The model file holding the parts: a deployment; a link as the uplink of a container's veth deployment, which
    /// no rule touches; or a workload.
    /// </summary>
    public static string ModelFile(ModelParts parts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            switch (parts)
            {
                case DeploymentParts deployment:
                    json.WriteStartArray("deployments");
                    Write(json, deployment);
                    json.WriteEndArray();
                    break;
                case PhysicalNicParts link:
                    json.WriteStartArray("deployments");
                    Write(json, new DeploymentParts(Paradigm.Containerization, new NicParts(Networking.NicKind.Veth), Uplink: link));
                    json.WriteEndArray();
                    break;
                case WorkloadParts workload:
                    json.WriteStartArray("workloads");
                    Write(json, workload);
                    json.WriteEndArray();
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(parts), parts, "parts was none a model file holds; allowed: deployment, physical NIC or workload parts.");
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, DeploymentParts deployment)
    {
        json.WriteStartObject();
        json.WriteString("paradigm", deployment.Paradigm.ToString());
        json.WritePropertyName("nic");
        Write(json, deployment.Nic);
        if (!deployment.Channels.IsEmpty)
        {
            json.WriteStartArray("channels");
            foreach (var channel in deployment.Channels)
            {
                json.WriteStartObject();
                json.WriteString("kind", channel.Kind.ToString());
                Optional(json, "id", channel.Identifier);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (deployment.NetworkMode is { } mode)
        {
            json.WriteString("networkMode", mode.ToString());
        }

        Optional(json, "mtu", deployment.Mtu);
        if (deployment.Encapsulation is { } stack)
        {
            json.WriteStartObject("encapsulation");
            json.WriteNumber("underlayMtu", stack.UnderlayMtu);
            json.WriteStartArray("layers");
            foreach (var layer in stack.Layers)
            {
                json.WriteStartObject();
                json.WriteString("kind", layer.Kind.ToString());
                switch (layer.Kind)
                {
                    case Networking.EncapsulationKind.GeneveOverIpv4 or Networking.EncapsulationKind.GeneveOverIpv6:
                        json.WriteNumber("optionBytes", layer.OptionBytes);
                        break;
                    case Networking.EncapsulationKind.MplsLabels:
                        json.WriteNumber("labelCount", layer.LabelCount);
                        break;
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (deployment.Uplink is { } uplink)
        {
            json.WritePropertyName("uplink");
            Write(json, uplink);
        }

        if (deployment.GuestModifiable is { } guest)
        {
            json.WriteBoolean("guestModifiable", guest);
        }

        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, NicParts nic)
    {
        json.WriteStartObject();
        json.WriteString("kind", nic.Kind.ToString());
        Optional(json, "virtualFunctionIndex", nic.VirtualFunctionIndex);
        Optional(json, "virtualFunctionCount", nic.VirtualFunctionCount);
        Optional(json, "vlanId", nic.VlanId);
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, PhysicalNicParts link)
    {
        json.WriteStartObject();
        json.WriteString("speed", link.Speed.ToString());
        json.WriteString("duplex", link.Duplex.ToString());
        if (link.InterfaceType is { } connector)
        {
            json.WriteString("interfaceType", connector.ToString());
        }

        if (link.Medium is { } medium)
        {
            json.WriteString("medium", medium.ToString());
        }

        if (link.CableLength is { } length)
        {
            json.WriteString("cableLength", length.ToString());
        }

        json.WriteString("topology", link.Topology.ToString());
        if (link.MacAddress is { } address)
        {
            json.WriteString("macAddress", address.ToString());
        }

        if (link.Driver is { } driver)
        {
            json.WriteString("driver", driver);
        }

        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, WorkloadParts workload)
    {
        json.WriteStartObject();
        json.WriteString("paradigm", workload.Paradigm.ToString());
        json.WriteString("cpu", workload.CpuRequest.ToString());
        json.WriteString("memory", workload.MemoryRequest.ToString());
        json.WriteString("io", workload.IoRequirement.ToString());
        json.WriteString("network", workload.NetworkRequirement.ToString());
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }
}
