using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;

namespace DeviceFirmware.HostTests.ContractBuild
{
    /// <summary>A member of a <see cref="MetadataType"/>, identified by name and signature.</summary>
    public sealed class MetadataMember
    {
        public MetadataType DeclaringType { get; init; }

        public MetadataMemberKind Kind { get; init; }

        public string Name { get; init; }

        /// <summary>
        /// Name and signature, the same for a definition and for a MemberRef that binds to it:
        /// methods "Name`arity(param types)return type", fields "Name:type", properties "P:Name(index types)", events "E:Name".
        /// </summary>
        public string Key { get; init; }

        /// <summary>Parameter types in declaration order (for the report).</summary>
        public IReadOnlyList<string> ParameterTypes { get; init; } = new List<string>();

        /// <summary>Every type name that appears in the signature (return, parameters, field or property type, element types).</summary>
        public IReadOnlyCollection<string> SignatureTypes { get; init; } = new List<string>();

        public MethodAttributes MethodAttributes { get; init; }

        public FieldAttributes FieldAttributes { get; init; }

        /// <summary>The method definition of a method or constructor.</summary>
        public MethodDefinitionHandle Method { get; init; }

        /// <summary>True if callers outside the assembly can see it (public, protected, protected internal).</summary>
        public bool IsVisible { get; set; }

        /// <summary>For a property or event: its accessors.</summary>
        public List<MetadataMember> Accessors { get; } = new List<MetadataMember>();

        /// <summary>For an accessor: the property or event it belongs to.</summary>
        public MetadataMember Owner { get; set; }

        public bool IsMethod => Kind == MetadataMemberKind.Method || Kind == MetadataMemberKind.Constructor;

        public bool IsVirtual => IsMethod && (MethodAttributes & MethodAttributes.Virtual) != 0;

        public bool IsAbstract => IsMethod && (MethodAttributes & MethodAttributes.Abstract) != 0;

        /// <summary>A virtual method that reuses its base's slot: a C# override.</summary>
        public bool IsOverride => IsVirtual && (MethodAttributes & MethodAttributes.NewSlot) == 0;

        public bool IsLiteral => Kind == MetadataMemberKind.Field && (FieldAttributes & FieldAttributes.Literal) != 0;

        /// <summary>The member as the report names it, e.g. "System.Text.StringBuilder.Replace(System.Char, System.Char)".</summary>
        public string Display
        {
            get
            {
                string parameters = "(" + string.Join(", ", ParameterTypes) + ")";
                return Kind switch
                {
                    MetadataMemberKind.Constructor => "constructor " + DeclaringType.FullName + parameters,
                    MetadataMemberKind.Property when ParameterTypes.Count > 0 => "indexer " + DeclaringType.FullName + "[" + string.Join(", ", ParameterTypes) + "]",
                    MetadataMemberKind.Property => "property " + DeclaringType.FullName + "." + Name,
                    MetadataMemberKind.Event => "event " + DeclaringType.FullName + "." + Name,
                    MetadataMemberKind.Field => "field " + DeclaringType.FullName + "." + Name,
                    _ => "method " + DeclaringType.FullName + "." + Name + parameters,
                };
            }
        }

        public override string ToString() => Display;
    }
}
