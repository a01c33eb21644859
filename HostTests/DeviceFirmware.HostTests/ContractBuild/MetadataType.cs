using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DeviceFirmware.HostTests.ContractBuild
{
    /// <summary>A type definition read with System.Reflection.Metadata from a contract assembly or from nanoFramework's mscorlib.</summary>
    public sealed class MetadataType
    {
        /// <summary>Name of the assembly that defines it (e.g. System.Net.Http).</summary>
        public string Assembly { get; init; }

        /// <summary>Namespace and name, nested types as Outer+Inner.</summary>
        public string FullName { get; init; }

        /// <summary>The Contracts/ folder it was read from; null for mscorlib.</summary>
        public string ContractFolder { get; init; }

        /// <summary>True for a declaration in Contracts/ (the ones the usage test checks).</summary>
        public bool IsContract => ContractFolder != null;

        public PEReader Pe { get; init; }

        public MetadataReader Reader { get; init; }

        public TypeDefinitionHandle Handle { get; init; }

        public TypeAttributes Attributes { get; init; }

        /// <summary>True for a type callers outside its assembly can see (public, or nested public/protected in a visible type).</summary>
        public bool IsVisible { get; init; }

        /// <summary>The direct base type as "assembly|full name", null for interfaces and System.Object.</summary>
        public string BaseTypeKey { get; init; }

        /// <summary>The interfaces the definition lists (C# lists inherited interfaces too), as "assembly|full name".</summary>
        public List<string> InterfaceKeys { get; } = new List<string>();

        /// <summary>Methods (accessors included), constructors, properties, events and fields.</summary>
        public List<MetadataMember> Members { get; } = new List<MetadataMember>();

        public string Key => Assembly + "|" + FullName;

        public bool IsInterface => (Attributes & TypeAttributes.Interface) != 0;

        public bool IsAbstract => (Attributes & TypeAttributes.Abstract) != 0;

        public bool IsEnum => BaseTypeKey != null && BaseTypeKey.EndsWith("|System.Enum", System.StringComparison.Ordinal);

        /// <summary>True for a delegate type, whose members the compiler generates from its one declaration line.</summary>
        public bool IsDelegate => BaseTypeKey != null && BaseTypeKey.EndsWith("|System.MulticastDelegate", System.StringComparison.Ordinal);

        public override string ToString() => FullName;
    }
}
