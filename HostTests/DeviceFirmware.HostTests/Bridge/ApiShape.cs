using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DeviceFirmware.HostTests.Bridge
{
    /// <summary>A public type as callers see it, written the same way whatever it was read from.</summary>
    /// <param name="FullName">Namespace and name (nested types as Outer+Inner).</param>
    /// <param name="Declaration">Visibility, kind and modifiers, e.g. "public static class".</param>
    /// <param name="BaseType">The direct base type (null for interfaces and System.Object).</param>
    /// <param name="Interfaces">Interfaces the type itself declares.</param>
    /// <param name="Attributes">Attributes that change how callers compile (AttributeUsage...).</param>
    /// <param name="Members">Public and protected methods, constructors, accessors and fields.</param>
    public sealed record ApiType(
        string FullName,
        string Declaration,
        string BaseType,
        IReadOnlyList<string> Interfaces,
        IReadOnlyList<string> Attributes,
        IReadOnlyList<ApiMember> Members);

    /// <summary>A public member: <see cref="Key"/> finds its counterpart, <see cref="Declaration"/> must then be identical.</summary>
    /// <param name="Key">Name and parameter types, e.g. "AreEqual(System.Int32, System.Int32, System.String)".</param>
    /// <param name="Declaration">Everything a caller depends on: modifiers, return type, name, parameter types, names, defaults and caller attributes.</param>
    public sealed record ApiMember(string Key, string Declaration);

    /// <summary>A parameter, as both readers see it.</summary>
    public sealed record ApiParameter(string Name, string Type, ParameterAttributes Flags, object DefaultValue, IReadOnlyList<string> Attributes);

    /// <summary>Writes types, members, constants and attributes in one canonical form for both readers.</summary>
    public static class ApiShape
    {
        /// <summary>Attributes that change how a caller's code compiles or is checked; everything else is implementation detail.</summary>
        public static bool MattersToCallers(string attributeType) =>
            attributeType == "System.AttributeUsageAttribute"
            || attributeType == "System.ObsoleteAttribute"
            || attributeType == "System.FlagsAttribute"
            || attributeType == "System.ParamArrayAttribute"
            || attributeType.StartsWith("System.Runtime.CompilerServices.Caller", StringComparison.Ordinal)
            || attributeType.StartsWith("System.Diagnostics.CodeAnalysis.", StringComparison.Ordinal);

        /// <summary>True for a type callers outside the assembly can see.</summary>
        public static bool IsVisible(TypeAttributes attributes, bool declaringTypeVisible)
        {
            TypeAttributes visibility = attributes & TypeAttributes.VisibilityMask;
            return visibility == TypeAttributes.Public
                || (declaringTypeVisible
                    && (visibility == TypeAttributes.NestedPublic || visibility == TypeAttributes.NestedFamily || visibility == TypeAttributes.NestedFamORAssem));
        }

        /// <summary>True for a member callers outside the assembly can see.</summary>
        public static bool IsVisible(MethodAttributes attributes)
        {
            MethodAttributes access = attributes & MethodAttributes.MemberAccessMask;
            return access == MethodAttributes.Public || access == MethodAttributes.Family || access == MethodAttributes.FamORAssem;
        }

        /// <summary>True for a field callers outside the assembly can see.</summary>
        public static bool IsVisible(FieldAttributes attributes)
        {
            FieldAttributes access = attributes & FieldAttributes.FieldAccessMask;
            return access == FieldAttributes.Public || access == FieldAttributes.Family || access == FieldAttributes.FamORAssem;
        }

        /// <summary>An override adds no overload a caller can pick: it is not part of the compared surface.</summary>
        public static bool IsOverride(MethodAttributes attributes) =>
            (attributes & MethodAttributes.Virtual) != 0 && (attributes & MethodAttributes.NewSlot) == 0;

        public static string TypeDeclaration(TypeAttributes attributes, string baseType)
        {
            string visibility = (attributes & TypeAttributes.VisibilityMask) switch
            {
                TypeAttributes.Public or TypeAttributes.NestedPublic => "public",
                TypeAttributes.NestedFamily => "protected",
                TypeAttributes.NestedFamORAssem => "protected internal",
                _ => "non-public",
            };
            bool isAbstract = (attributes & TypeAttributes.Abstract) != 0;
            bool isSealed = (attributes & TypeAttributes.Sealed) != 0;
            if ((attributes & TypeAttributes.Interface) != 0)
            {
                return visibility + " interface";
            }

            if (baseType == "System.Enum")
            {
                return visibility + " enum";
            }

            if (baseType == "System.ValueType")
            {
                return visibility + " struct";
            }

            if (baseType == "System.MulticastDelegate")
            {
                return visibility + " delegate";
            }

            string modifiers = isAbstract && isSealed ? " static" : isAbstract ? " abstract" : isSealed ? " sealed" : string.Empty;
            return visibility + modifiers + " class";
        }

        public static ApiMember Method(MethodAttributes attributes, string name, int genericArity, string returnType, IReadOnlyList<ApiParameter> parameters)
        {
            string arity = genericArity == 0 ? string.Empty : "``" + genericArity;
            string key = name + arity + "(" + string.Join(", ", parameters.Select(p => p.Type)) + ")";
            string access = (attributes & MethodAttributes.MemberAccessMask) switch
            {
                MethodAttributes.Public => "public",
                MethodAttributes.Family => "protected",
                MethodAttributes.FamORAssem => "protected internal",
                _ => "non-public",
            };
            string modifiers = string.Empty;
            if ((attributes & MethodAttributes.Static) != 0)
            {
                modifiers += " static";
            }

            if ((attributes & MethodAttributes.Abstract) != 0)
            {
                modifiers += " abstract";
            }
            else if ((attributes & MethodAttributes.Virtual) != 0 && (attributes & MethodAttributes.Final) == 0)
            {
                modifiers += " virtual";
            }

            string declaration = access + modifiers + " " + returnType + " " + name + arity
                + "(" + string.Join(", ", parameters.Select(Parameter)) + ")";
            return new ApiMember(key, declaration);
        }

        public static ApiMember Field(FieldAttributes attributes, string name, string type, object constant)
        {
            string access = (attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Public ? "public" : "protected";
            string modifiers = (attributes & FieldAttributes.Literal) != 0 ? " const"
                : ((attributes & FieldAttributes.Static) != 0 ? " static" : string.Empty) + ((attributes & FieldAttributes.InitOnly) != 0 ? " readonly" : string.Empty);
            string value = (attributes & FieldAttributes.Literal) != 0 ? " = " + Constant(constant) : string.Empty;
            return new ApiMember(name, access + modifiers + " " + type + " " + name + value);
        }

        public static string Attribute(string type, IEnumerable<string> arguments) =>
            "[" + type + "(" + string.Join(", ", arguments) + ")]";

        /// <summary>A constant with its type, so that 0 (Int32) and 0 (Int64) or "" and null differ.</summary>
        public static string Constant(object value) => value switch
        {
            null => "null",
            string text => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            char c => "'" + c + "' (System.Char)",
            bool b => b ? "true" : "false",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture) + " (" + value.GetType().FullName + ")",
            _ => value + " (" + value.GetType().FullName + ")",
        };

        private static string Parameter(ApiParameter parameter)
        {
            string attributes = string.Concat(parameter.Attributes.Select(a => a + " "));
            string direction = string.Empty;
            if (parameter.Type.EndsWith("&", StringComparison.Ordinal))
            {
                direction = (parameter.Flags & ParameterAttributes.Out) != 0 ? "out " : (parameter.Flags & ParameterAttributes.In) != 0 ? "in " : "ref ";
            }

            string optional = string.Empty;
            if ((parameter.Flags & ParameterAttributes.HasDefault) != 0)
            {
                optional = " = " + Constant(parameter.DefaultValue);
            }
            else if ((parameter.Flags & ParameterAttributes.Optional) != 0)
            {
                optional = " [optional, no default]";
            }

            return attributes + direction + parameter.Type + " " + parameter.Name + optional;
        }
    }

    /// <summary>Reads the public API of an assembly file with System.Reflection.Metadata, without loading it.</summary>
    /// <remarks>Used for the contract assemblies, which are built against nanoFramework's mscorlib and cannot be loaded on .NET.</remarks>
    public static class MetadataApiReader
    {
        public static IReadOnlyDictionary<string, ApiType> Read(string assemblyPath)
        {
            using FileStream stream = File.OpenRead(assemblyPath);
            using PEReader pe = new PEReader(stream);
            MetadataReader md = pe.GetMetadataReader();
            Dictionary<string, ApiType> types = new Dictionary<string, ApiType>(StringComparer.Ordinal);
            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                if (!IsVisible(md, handle))
                {
                    continue;
                }

                TypeDefinition type = md.GetTypeDefinition(handle);
                string baseType = type.BaseType.IsNil ? null : TypeName(md, type.BaseType);
                List<string> interfaces = type.GetInterfaceImplementations()
                    .Select(i => TypeName(md, md.GetInterfaceImplementation(i).Interface))
                    .OrderBy(n => n, StringComparer.Ordinal)
                    .ToList();
                List<ApiMember> members = new List<ApiMember>();
                foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                {
                    MethodDefinition method = md.GetMethodDefinition(methodHandle);
                    if (!ApiShape.IsVisible(method.Attributes) || ApiShape.IsOverride(method.Attributes))
                    {
                        continue;
                    }

                    MethodSignature<string> signature = method.DecodeSignature(TypeNameProvider.Instance, null);
                    Dictionary<int, Parameter> byPosition = method.GetParameters()
                        .Select(md.GetParameter)
                        .ToDictionary(p => p.SequenceNumber);
                    List<ApiParameter> parameters = new List<ApiParameter>();
                    for (int i = 0; i < signature.ParameterTypes.Length; i++)
                    {
                        if (byPosition.TryGetValue(i + 1, out Parameter parameter))
                        {
                            object defaultValue = (parameter.Attributes & ParameterAttributes.HasDefault) != 0 ? ConstantValue(md, parameter.GetDefaultValue()) : null;
                            parameters.Add(new ApiParameter(md.GetString(parameter.Name), signature.ParameterTypes[i], parameter.Attributes, defaultValue, Attributes(md, parameter.GetCustomAttributes())));
                        }
                        else
                        {
                            parameters.Add(new ApiParameter(string.Empty, signature.ParameterTypes[i], ParameterAttributes.None, null, Array.Empty<string>()));
                        }
                    }

                    members.Add(ApiShape.Method(method.Attributes, md.GetString(method.Name), signature.GenericParameterCount, signature.ReturnType, parameters));
                }

                foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
                {
                    FieldDefinition field = md.GetFieldDefinition(fieldHandle);
                    if (!ApiShape.IsVisible(field.Attributes))
                    {
                        continue;
                    }

                    object constant = (field.Attributes & FieldAttributes.Literal) != 0 ? ConstantValue(md, field.GetDefaultValue()) : null;
                    members.Add(ApiShape.Field(field.Attributes, md.GetString(field.Name), field.DecodeSignature(TypeNameProvider.Instance, null), constant));
                }

                string fullName = TypeDefinitionName(md, handle);
                types.Add(fullName, new ApiType(fullName, ApiShape.TypeDeclaration(type.Attributes, baseType), baseType, interfaces, Attributes(md, type.GetCustomAttributes()), members));
            }

            return types;
        }

        private static bool IsVisible(MetadataReader md, TypeDefinitionHandle handle)
        {
            TypeDefinition type = md.GetTypeDefinition(handle);
            TypeDefinitionHandle declaring = type.GetDeclaringType();
            return ApiShape.IsVisible(type.Attributes, !declaring.IsNil && IsVisible(md, declaring));
        }

        private static List<string> Attributes(MetadataReader md, CustomAttributeHandleCollection handles)
        {
            List<string> result = new List<string>();
            foreach (CustomAttributeHandle handle in handles)
            {
                CustomAttribute attribute = md.GetCustomAttribute(handle);
                string type = attribute.Constructor.Kind switch
                {
                    HandleKind.MemberReference => TypeName(md, md.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent),
                    HandleKind.MethodDefinition => TypeDefinitionName(md, md.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()),
                    _ => "?",
                };
                if (!ApiShape.MattersToCallers(type))
                {
                    continue;
                }

                CustomAttributeValue<string> value = attribute.DecodeValue(TypeNameProvider.Instance);
                IEnumerable<string> arguments = value.FixedArguments.Select(a => Argument(a.Type, a.Value))
                    .Concat(value.NamedArguments.Select(a => a.Name + " = " + Argument(a.Type, a.Value)));
                result.Add(ApiShape.Attribute(type, arguments));
            }

            result.Sort(StringComparer.Ordinal);
            return result;
        }

        private static string Argument(string type, object value) =>
            type == "System.Type" ? "typeof(" + value + ")"
            : value is string || value is null || type.StartsWith("System.", StringComparison.Ordinal) && IsPrimitiveName(type) ? ApiShape.Constant(value)
            : "(" + type + ")" + ApiShape.Constant(value);

        private static bool IsPrimitiveName(string type) =>
            type is "System.Boolean" or "System.Char" or "System.SByte" or "System.Byte" or "System.Int16" or "System.UInt16" or "System.Int32"
                or "System.UInt32" or "System.Int64" or "System.UInt64" or "System.Single" or "System.Double" or "System.String" or "System.Object";

        private static object ConstantValue(MetadataReader md, ConstantHandle handle)
        {
            Constant constant = md.GetConstant(handle);
            BlobReader blob = md.GetBlobReader(constant.Value);
            return constant.TypeCode switch
            {
                ConstantTypeCode.Boolean => blob.ReadBoolean(),
                ConstantTypeCode.Char => blob.ReadChar(),
                ConstantTypeCode.SByte => blob.ReadSByte(),
                ConstantTypeCode.Byte => blob.ReadByte(),
                ConstantTypeCode.Int16 => blob.ReadInt16(),
                ConstantTypeCode.UInt16 => blob.ReadUInt16(),
                ConstantTypeCode.Int32 => blob.ReadInt32(),
                ConstantTypeCode.UInt32 => blob.ReadUInt32(),
                ConstantTypeCode.Int64 => blob.ReadInt64(),
                ConstantTypeCode.UInt64 => blob.ReadUInt64(),
                ConstantTypeCode.Single => blob.ReadSingle(),
                ConstantTypeCode.Double => blob.ReadDouble(),
                ConstantTypeCode.String => blob.ReadUTF16(blob.Length),
                ConstantTypeCode.NullReference => null,
                _ => throw new NotSupportedException("constant of type " + constant.TypeCode),
            };
        }

        internal static string TypeName(MetadataReader md, EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => TypeDefinitionName(md, (TypeDefinitionHandle)handle),
            HandleKind.TypeReference => TypeReferenceName(md, (TypeReferenceHandle)handle),
            HandleKind.TypeSpecification => md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(TypeNameProvider.Instance, null),
            _ => throw new NotSupportedException("type handle of kind " + handle.Kind),
        };

        internal static string TypeDefinitionName(MetadataReader md, TypeDefinitionHandle handle)
        {
            TypeDefinition type = md.GetTypeDefinition(handle);
            TypeDefinitionHandle declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return TypeDefinitionName(md, declaring) + "+" + md.GetString(type.Name);
            }

            string ns = md.GetString(type.Namespace);
            return ns.Length == 0 ? md.GetString(type.Name) : ns + "." + md.GetString(type.Name);
        }

        internal static string TypeReferenceName(MetadataReader md, TypeReferenceHandle handle)
        {
            TypeReference type = md.GetTypeReference(handle);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return TypeReferenceName(md, (TypeReferenceHandle)type.ResolutionScope) + "+" + md.GetString(type.Name);
            }

            string ns = md.GetString(type.Namespace);
            return ns.Length == 0 ? md.GetString(type.Name) : ns + "." + md.GetString(type.Name);
        }

        /// <summary>Turns signature and attribute blobs into the same type names <see cref="ReflectionApiReader"/> writes.</summary>
        private sealed class TypeNameProvider : ContractBuild.SignatureTypeNames, ICustomAttributeTypeProvider<string>
        {
            public static readonly TypeNameProvider Instance = new TypeNameProvider();

            private TypeNameProvider()
                : base(collect: false)
            {
            }

            public string GetSystemType() => "System.Type";

            public bool IsSystemType(string type) => type == "System.Type";

            public string GetTypeFromSerializedName(string name) => name.Split(',')[0].Trim();

            // The only enums used as attribute arguments in these contracts are int-based (AttributeTargets).
            public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;
        }
    }

    /// <summary>Reads the public API of a loaded assembly with reflection, in the form <see cref="MetadataApiReader"/> writes.</summary>
    public static class ReflectionApiReader
    {
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        public static IReadOnlyDictionary<string, ApiType> Read(Assembly assembly)
        {
            Dictionary<string, ApiType> types = new Dictionary<string, ApiType>(StringComparer.Ordinal);
            foreach (Type type in assembly.GetTypes().Where(IsVisible))
            {
                string baseType = type.BaseType == null ? null : TypeName(type.BaseType);
                List<string> interfaces = type.GetInterfaces()
                    .Where(i => type.BaseType == null || !type.BaseType.GetInterfaces().Contains(i))
                    .Select(TypeName)
                    .OrderBy(n => n, StringComparer.Ordinal)
                    .ToList();
                List<ApiMember> members = new List<ApiMember>();
                foreach (MethodBase method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
                {
                    if (!ApiShape.IsVisible(method.Attributes) || ApiShape.IsOverride(method.Attributes))
                    {
                        continue;
                    }

                    List<ApiParameter> parameters = method.GetParameters()
                        .Select(p => new ApiParameter(
                            p.Name ?? string.Empty,
                            TypeName(p.ParameterType),
                            p.Attributes,
                            (p.Attributes & ParameterAttributes.HasDefault) != 0 ? p.RawDefaultValue : null,
                            Attributes(p.GetCustomAttributesData())))
                        .ToList();
                    string returnType = method is MethodInfo info ? TypeName(info.ReturnType) : "System.Void";
                    int arity = method.IsGenericMethodDefinition ? method.GetGenericArguments().Length : 0;
                    members.Add(ApiShape.Method(method.Attributes, method.Name, arity, returnType, parameters));
                }

                foreach (FieldInfo field in type.GetFields(Declared).Where(f => ApiShape.IsVisible(f.Attributes)))
                {
                    object constant = field.IsLiteral ? field.GetRawConstantValue() : null;
                    members.Add(ApiShape.Field(field.Attributes, field.Name, TypeName(field.FieldType), constant));
                }

                string fullName = TypeName(type);
                types.Add(fullName, new ApiType(fullName, ApiShape.TypeDeclaration(type.Attributes, baseType), baseType, interfaces, Attributes(type.GetCustomAttributesData()), members));
            }

            return types;
        }

        /// <summary>The type and its base types, nearest first.</summary>
        public static IEnumerable<string> BaseTypeNames(Type type)
        {
            for (Type current = type.BaseType; current != null; current = current.BaseType)
            {
                yield return TypeName(current);
            }
        }

        public static string TypeName(Type type)
        {
            if (type.IsGenericParameter)
            {
                return (type.DeclaringMethod != null ? "!!" : "!") + type.GenericParameterPosition;
            }

            if (type.IsByRef)
            {
                return TypeName(type.GetElementType()) + "&";
            }

            if (type.IsPointer)
            {
                return TypeName(type.GetElementType()) + "*";
            }

            if (type.IsSZArray)
            {
                return TypeName(type.GetElementType()) + "[]";
            }

            if (type.IsArray)
            {
                return TypeName(type.GetElementType()) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
            }

            if (type.IsConstructedGenericType)
            {
                return TypeName(type.GetGenericTypeDefinition()) + "<" + string.Join(",", type.GetGenericArguments().Select(TypeName)) + ">";
            }

            if (type.IsNested)
            {
                return TypeName(type.DeclaringType) + "+" + type.Name;
            }

            return string.IsNullOrEmpty(type.Namespace) ? type.Name : type.Namespace + "." + type.Name;
        }

        private static bool IsVisible(Type type) =>
            ApiShape.IsVisible(type.Attributes, type.IsNested && IsVisible(type.DeclaringType));

        private static List<string> Attributes(IEnumerable<CustomAttributeData> attributes)
        {
            List<string> result = attributes
                .Where(a => ApiShape.MattersToCallers(TypeName(a.AttributeType)))
                .Select(a => ApiShape.Attribute(
                    TypeName(a.AttributeType),
                    a.ConstructorArguments.Select(Argument).Concat(a.NamedArguments.Select(n => n.MemberName + " = " + Argument(n.TypedValue)))))
                .ToList();
            result.Sort(StringComparer.Ordinal);
            return result;
        }

        private static string Argument(CustomAttributeTypedArgument argument)
        {
            if (argument.ArgumentType == typeof(Type))
            {
                return "typeof(" + (argument.Value is Type t ? TypeName(t) : "null") + ")";
            }

            object value = argument.Value;
            if (argument.ArgumentType.IsEnum)
            {
                return "(" + TypeName(argument.ArgumentType) + ")" + ApiShape.Constant(Convert.ChangeType(value, Enum.GetUnderlyingType(argument.ArgumentType), CultureInfo.InvariantCulture));
            }

            return ApiShape.Constant(value);
        }
    }
}
