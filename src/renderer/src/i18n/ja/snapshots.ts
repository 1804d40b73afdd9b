import type en from '../en/snapshots'

const ja: typeof en = {
  tab: 'コード化',
  history: {
    title: 'スナップショット',
    intro:
      'スナップショットは、プールの設定全体 (設定、MFA、脅威保護 (プール全体と各アプリクライアント独自のもの)、アプリクライアントとそのマネージドログインのブランディング・利用規約文書、グループ、ID プロバイダー、リソースサーバー、ドメイン、ログ配信、レプリカのリージョン) を 1 つのファイルにしたものです。シークレットは含みません。このコンソールが変更を加える前に毎回保存されるため、変更前のスナップショットを適用すれば元に戻せます。',
    take: 'スナップショットを取る',
    taken: 'スナップショットを取りました。',
    empty:
      'このプールのスナップショットはまだありません。取得するか、変更を加えてください (変更前に保存されます)。',
    when: '取得日時',
    reason: '理由',
    manual: '手動で取得',
    before: '{channel} の前',
    save: '保存…',
    compare: '現在と比較',
    restore: '復元…',
    saved: '{path} に保存しました。'
  },
  compare: {
    title: '比較',
    intro:
      'このプールを別のプール (保存済みの任意の接続: 別アカウントや別リージョン) またはスナップショットファイルと比較します。',
    other: '比較対象',
    otherPool: '別のプール',
    file: 'スナップショットファイル',
    connection: '接続',
    poolId: 'ユーザープール ID',
    poolIdPlaceholder: 'ap-northeast-1_AbCdEf123',
    chooseFile: 'ファイルを選択…',
    fileChosen: '{name} ({size})',
    run: '比較',
    same: '差分はありません。2 つの設定は同じです (ID と日時は比較しません)。',
    count: '{count} 件のリソースに差分があります',
    resource: 'リソース',
    field: '設定',
    left: 'このプール ({name})',
    right: '比較対象 ({name})',
    onlyLeft: 'このプールにのみ存在',
    onlyRight: '比較対象にのみ存在',
    needsNewPool: '新しいプールが必要',
    needsNewResource: '作成後は変更不可',
    addOnly: '追加のみ可能',
    makeLike: 'このプールを比較対象に合わせる…',
    absent: '(未設定)'
  },
  kinds: {
    pool: 'プール設定',
    mfa: 'MFA',
    appClients: 'アプリクライアント',
    groups: 'グループ',
    identityProviders: 'ID プロバイダー',
    resourceServers: 'リソースサーバー',
    domain: 'ドメイン',
    threatProtection: '脅威保護',
    branding: 'マネージドログインのブランディング',
    clientThreatProtection: 'アプリクライアントの脅威保護',
    terms: '利用規約文書',
    logDelivery: 'ログ配信',
    replicas: 'レプリカ',
    sessionConfiguration: 'セッション設定',
    clientSessionConfiguration: 'アプリクライアントのセッション設定'
  },
  notTaken:
    '比較・適用していません: {sections}。一方に記録がありません (以前のバージョンのスナップショットファイル、またはそれを提供しないエンドポイント)。対象の設定はそのまま残ります。',
  plan: {
    title: '計画: {target} への {count} 件の変更',
    newPool: '新しいプール {name}',
    intro: 'まだ何も送信していません。各ステップを確認してください。この順に送信し、最初の失敗で停止します。',
    activeConnection: '適用先はアクティブな接続です: {name} ({region})。',
    nothing: '適用するものはありません。プールはすでに一致しています。',
    create: '作成',
    update: '更新',
    delete: '削除',
    blocked: '適用不可',
    blockedReasons: {
      createOnly: 'Cognito ではリソース作成時に固定される設定です。新しいリソースが必要です。',
      needsSecret:
        'スナップショットにはプロバイダーのシークレットが含まれません。ID プロバイダー画面で作成してください。',
      schemaRemoval: 'Cognito ではカスタム属性を削除・変更できません。',
      managedByService: '別の AWS サービスが管理しているリソースです。',
      readOnly: '比較のための表示です。レプリカの追加と削除はプールの「レプリカ」タブで行ってください。'
    },
    apply: '{count} 件の変更を適用',
    applying: '適用中…',
    stale: 'この計画の作成後に対象が変更されました。計画を作り直してください。'
  },
  report: {
    title: 'レポート',
    done: '完了',
    failed: '失敗',
    notRun: '未送信',
    blocked: '適用不可',
    complete: '{count} 件の変更をすべて {poolId} に適用しました。',
    stopped:
      '失敗で停止しました: 完了 {done} 件、未送信 {notRun} 件。適用前にプールのスナップショットを保存しています。'
  },
  clone: {
    title: '複製',
    intro:
      'このプールの設定で、アクティブな接続に新しいプールを作成します (別アカウントや別リージョンに複製するには、先に接続を切り替えてください)。新しいプールができたら、ユーザーもグループと有効・無効の状態とともにコピーできます (パスワードは除く)。',
    name: '新しいプール名',
    plan: '複製を計画…',
    copyUsers: 'ユーザーもコピー…',
    open: '新しいプールを開く'
  },
  template: {
    title: 'CloudFormation',
    intro:
      'このプールを CloudFormation テンプレート (YAML) にします: プール、脅威保護 (プール全体と各アプリクライアント独自のもの)、アプリクライアントとそのマネージドログインのブランディング・利用規約文書、グループ、ID プロバイダー、リソースサーバー、ドメイン、ログ配信、およびこのプールを使う ID プールとそのロール。プロバイダーのシークレットは NoEcho パラメータになります。CloudFormation にはセッション設定のリソースがなく、レプリカは「レプリカ」タブで追加するため、どちらもテンプレートには含まれません。',
    preview: 'テンプレートを表示',
    save: 'テンプレートを保存…'
  },
  problems: {
    tooLarge: 'ファイルが 5 MB を超えています。スナップショットではありません。',
    notJson: 'JSON ファイルではありません。このタブで保存した .json ファイルを選んでください。',
    notSnapshot:
      'JSON ですが、プールのスナップショットではありません。このタブで保存したファイルを選んでください。',
    newerVersion:
      'より新しいバージョンのコンソールで書かれたスナップショットです。読むにはコンソールを更新してください。'
  }
}

export default ja
