using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>
    /// Reads the public API of an assembly file with System.Reflection.Metadata, without loading it (contract
    /// assemblies and the real libraries are built against nanoFramework's mscorlib and cannot be loaded on .NET).
    /// </summary>
    public static class ApiSurfaceReader
    {
        /// <summary>The fact naming a type's access, modifiers and kind, e.g. "public sealed class".</summary>
        public const string KindFact = "kind";

        /// <summary>Reads <paramref name="assemblyPath"/>.</summary>
        public static ApiSurface Read(string assemblyPath)
        {
            using FileStream stream = File.OpenRead(assemblyPath);
            using PEReader pe = new PEReader(stream);
            MetadataReader reader = pe.GetMetadataReader();
            AssemblyDefinition assembly = reader.GetAssemblyDefinition();
            Dictionary<string, ApiType> types = new Dictionary<string, ApiType>(StringComparer.Ordinal);
            foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
            {
                if (ApiAccess.IsVisible(reader, handle))
                {
                    TypeDefinition type = reader.GetTypeDefinition(handle);
                    string fullName = ApiTypeNames.OfDefinition(reader, handle);
                    types.Add(fullName, new ApiType(fullName, Facts(reader, type), ApiMemberReader.Read(reader, type)));
                }
            }

            return new ApiSurface(reader.GetString(assembly.Name), assembly.Version, types);
        }

        private static IReadOnlyDictionary<string, string> Facts(MetadataReader reader, TypeDefinition type)
        {
            string baseType = type.BaseType.IsNil ? null : ApiTypeNames.Of(reader, type.BaseType);
            Dictionary<string, string> facts = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [KindFact] = ApiAccess.Of(type.Attributes) + Kind(type.Attributes, baseType),
                ["base type"] = baseType ?? "none",
                ["interfaces"] = Interfaces(reader, type),
                ["attributes"] = ApiAttributes.Describe(reader, type.GetCustomAttributes()).TrimEnd(),
                ["generic parameters"] = string.Join(", ", type.GetGenericParameters().Select(p => reader.GetString(reader.GetGenericParameter(p).Name))),
            };
            if (baseType == "System.Enum")
            {
                FieldDefinition value = type.GetFields().Select(reader.GetFieldDefinition).First(f => (f.Attributes & FieldAttributes.RTSpecialName) != 0);
                facts["underlying type"] = value.DecodeSignature(ApiTypeNames.Instance, null);
            }

            return facts;
        }

        private static string Kind(TypeAttributes attributes, string baseType)
        {
            if ((attributes & TypeAttributes.Interface) != 0)
            {
                return " interface";
            }

            switch (baseType)
            {
                case "System.Enum":
                    return " enum";
                case "System.ValueType":
                    return " struct";
                case "System.MulticastDelegate":
                    return " delegate";
            }

            bool isAbstract = (attributes & TypeAttributes.Abstract) != 0;
            bool isSealed = (attributes & TypeAttributes.Sealed) != 0;
            return (isAbstract && isSealed ? " static" : isAbstract ? " abstract" : isSealed ? " sealed" : string.Empty) + " class";
        }

        /// <summary>The interfaces callers can see (an internal interface of the library is its own business), sorted.</summary>
        private static string Interfaces(MetadataReader reader, TypeDefinition type)
        {
            List<string> names = new List<string>();
            foreach (InterfaceImplementationHandle handle in type.GetInterfaceImplementations())
            {
                EntityHandle implemented = reader.GetInterfaceImplementation(handle).Interface;
                if (implemented.Kind != HandleKind.TypeDefinition || ApiAccess.IsVisible(reader, (TypeDefinitionHandle)implemented))
                {
                    names.Add(ApiTypeNames.Of(reader, implemented));
                }
            }

            names.Sort(StringComparer.Ordinal);
            return names.Count == 0 ? "none" : string.Join(", ", names);
        }
    }
}
