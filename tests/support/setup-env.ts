import { useAwsFiles } from './aws-files'

useAwsFiles()
