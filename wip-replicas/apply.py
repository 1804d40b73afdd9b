import shutil, os
os.chdir('/work/wt/threat')
R='/tmp/threat-rep/'
cp=lambda a,b: shutil.copy(R+a,b)
cp('replica-rules.ts','src/shared/replica-rules.ts')
cp('contract-replicas.ts','src/shared/contract/replicas.ts')
cp('service-replicas.ts','src/main/cognito/replicas.ts')
cp('handlers-replicas.ts','src/main/ipc/handlers/replicas.ts')
cp('store-replicas.ts','src/renderer/src/stores/replicas.ts')
cp('en-replicas.ts','src/renderer/src/i18n/en/replicas.ts')
cp('ja-replicas.ts','src/renderer/src/i18n/ja/replicas.ts')
cp('PoolReplicasView.vue','src/renderer/src/views/pools/PoolReplicasView.vue')
def edit(p,a,b):
    s=open(p).read()
    assert a in s,(p,a)
    s=s.replace(a,b,1); open(p,'w').write(s)
edit('src/shared/contract/index.ts',"import { logDeliveryContract } from './logDelivery'\n","import { logDeliveryContract } from './logDelivery'\nimport { replicasContract } from './replicas'\n")
edit('src/shared/contract/index.ts',"  logDelivery: logDeliveryContract\n","  logDelivery: logDeliveryContract,\n  replicas: replicasContract\n")
edit('src/main/ipc/handlers/index.ts',"import { logDeliveryHandlers } from './logDelivery'\n","import { logDeliveryHandlers } from './logDelivery'\nimport { replicasHandlers } from './replicas'\n")
edit('src/main/ipc/handlers/index.ts',"  logDelivery: logDeliveryHandlers\n","  logDelivery: logDeliveryHandlers,\n  replicas: replicasHandlers\n")
for l in ['en','ja']:
    p=f'src/renderer/src/i18n/{l}/index.ts'
    edit(p,"import logDelivery from './logDelivery'\n","import logDelivery from './logDelivery'\nimport replicas from './replicas'\n")
    edit(p,"  logDelivery\n}","  logDelivery,\n  replicas\n}")
edit('src/renderer/src/router.ts',"""      {
        path: 'as-code',""","""      {
        path: 'replicas',
        name: 'pool-replicas',
        component: () => import('./views/pools/PoolReplicasView.vue'),
        meta: { tab: 'replicas.tab', tabOrder: 64 }
      },
      {
        path: 'as-code',""")
edit('src/shared/errors.ts',"  'UNSUPPORTED_OPERATION',\n","  'UNSUPPORTED_OPERATION',\n  'OPERATION_NOT_ENABLED',\n")
edit('src/main/aws/errors.ts',"""  UserLambdaValidationException: {""","""  OperationNotEnabledException: {
    code: 'OPERATION_NOT_ENABLED',
    message:
      'Cognito does not allow this operation here: a replica of a multi-Region pool refuses changes that are made on its primary, and some operations are not offered in every Region.',
    hint: 'Make the change on the primary pool: connect to its Region (the Replicas tab names it) and try again.',
    keepDetail: true
  },
  UserLambdaValidationException: {""")
edit('src/renderer/src/i18n/en/errors.ts',"""  CANCELLED: {""","""  OPERATION_NOT_ENABLED: {
    title: 'Not allowed on a replica or in this Region',
    hint: 'A replica of a multi-Region pool refuses changes made on its primary, and some operations are not offered in every Region: connect to the primary’s Region (the Replicas tab names it) and make the change there.'
  },
  CANCELLED: {""")
edit('src/renderer/src/i18n/ja/errors.ts',"""  CANCELLED: {""","""  OPERATION_NOT_ENABLED: {
    title: 'レプリカまたはこのリージョンでは許可されていません',
    hint: 'マルチリージョンのプールのレプリカは、プライマリで行う変更を拒否します。また一部の操作はすべてのリージョンで提供されていません。プライマリのリージョン（レプリカタブに表示）に接続して変更してください。'
  },
  CANCELLED: {""")
