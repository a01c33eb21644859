using System.Reflection;
using System.Reflection.Metadata;

namespace DeviceFirmware.ToolchainTests.Contracts
{
    /// <summary>Which types and members callers outside their assembly can see, and how C# writes their access.</summary>
    public static class ApiAccess
    {
        /// <summary>"public", "protected", "protected internal", or null when callers outside the assembly cannot see it.</summary>
        public static string Of(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
        {
            MethodAttributes.Public => "public",
            MethodAttributes.Family => "protected",
            MethodAttributes.FamORAssem => "protected internal",
            _ => null,
        };

        /// <summary>"public", "protected", "protected internal", or null when callers outside the assembly cannot see it.</summary>
        public static string Of(FieldAttributes attributes) => (attributes & FieldAttributes.FieldAccessMask) switch
        {
            FieldAttributes.Public => "public",
            FieldAttributes.Family => "protected",
            FieldAttributes.FamORAssem => "protected internal",
            _ => null,
        };

        /// <summary>"public", "protected", "protected internal", or null when callers outside the assembly cannot see the type itself.</summary>
        public static string Of(TypeAttributes attributes) => (attributes & TypeAttributes.VisibilityMask) switch
        {
            TypeAttributes.Public or TypeAttributes.NestedPublic => "public",
            TypeAttributes.NestedFamily => "protected",
            TypeAttributes.NestedFamORAssem => "protected internal",
            _ => null,
        };

        /// <summary>True when the type and every type it is nested in can be seen outside the assembly.</summary>
        public static bool IsVisible(MetadataReader reader, TypeDefinitionHandle handle)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            TypeDefinitionHandle declaring = type.GetDeclaringType();
            return Of(type.Attributes) != null && (declaring.IsNil || IsVisible(reader, declaring));
        }

        /// <summary>
        /// The modifiers a caller or a deriving class depends on: " static", " abstract", " virtual", " override",
        /// " sealed override" (a non-virtual interface implementation, emitted virtual final newslot, has none).
        /// </summary>
        public static string Modifiers(MethodAttributes attributes)
        {
            string modifiers = (attributes & MethodAttributes.Static) != 0 ? " static" : string.Empty;
            bool isVirtual = (attributes & MethodAttributes.Virtual) != 0;
            bool isNewSlot = (attributes & MethodAttributes.NewSlot) != 0;
            bool isFinal = (attributes & MethodAttributes.Final) != 0;
            if ((attributes & MethodAttributes.Abstract) != 0)
            {
                return modifiers + " abstract";
            }

            if (!isVirtual || (isFinal && isNewSlot))
            {
                return modifiers;
            }

            if (isNewSlot)
            {
                return modifiers + " virtual";
            }

            return modifiers + (isFinal ? " sealed override" : " override");
        }
    }
}
